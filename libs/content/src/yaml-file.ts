import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './model';
import { problem } from './problems';

export type FieldPath = readonly PropertyKey[];

/** A parsed YAML text that can say on which line of its file any field sits. */
export interface YamlFile {
  file: string;
  value: unknown;
  problems: ContentProblem[];
  lineOf(path: FieldPath): number;
}

/**
 * @param firstLine the file line the YAML text starts on (front matter starts on line 2).
 */
export function readYamlFile(file: string, text: string, firstLine = 1): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const nodeLine = (node: Node | null | undefined, fallback: number) =>
    node?.range ? lineAt(node.range[0]) : fallback;
  const problems = doc.errors.map((error) => {
    const line = error.linePos ? error.linePos[0].line + firstLine - 1 : firstLine;
    return problem(file, line, `invalid YAML: ${firstSentence(error.message)}`);
  });

  const lineOf = (fieldPath: FieldPath): number => {
    let node: unknown = doc.contents;
    let line = nodeLine(doc.contents, firstLine);
    for (const key of fieldPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
        if (!pair) break;
        line = nodeLine(pair.key as Node, line);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        line = nodeLine(node as Node, line);
      } else {
        break;
      }
    }
    return line;
  };

  const value = problems.length > 0 ? null : doc.toJS();
  return { file, value, problems, lineOf };
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
