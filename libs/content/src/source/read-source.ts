import { z } from 'zod';
import { readFrontMatterFile } from '../front-matter';
import type { ContentProblem, SourceDocument, SourcePassage } from '../model';
import { duplicateProblems, problem, type KeyedLine } from '../problems';
import { checkShape } from '../schema-check';
import { text } from '../schema-fields';
import { slugPattern, slugRule } from '../slugs';

const sourceFrontMatter = z.strictObject({ title: text, origin: text.optional() });

export interface SourceFile {
  document: SourceDocument;
  /** The line of each passage anchor, so citations can be checked against it. */
  anchorLines: Map<string, number>;
}

interface Paragraph {
  line: number;
  lines: string[];
  section: string | null;
}

const sectionHeading = /^##\s+(.+?)\s*$/;
const anchoredPassage = /^\[§([^\]]*)\]\s*([\s\S]*)$/;

/**
 * Reads source.md. The document is returned even when some passages have problems, so that
 * citations elsewhere in the package can still be checked against the anchors that are fine.
 */
export function readSource(file: string, content: string): { source: SourceFile | null; problems: ContentProblem[] } {
  const { parsed, problems } = readFrontMatterFile(file, content);
  if (!parsed) return { source: null, problems };
  const frontMatter = checkShape(sourceFrontMatter, parsed.frontMatter);
  problems.push(...frontMatter.problems);

  const passages: SourcePassage[] = [];
  const anchors: KeyedLine[] = [];
  for (const paragraph of paragraphsOf(parsed.body, parsed.bodyFirstLine)) {
    const passage = readPassage(paragraph);
    if (typeof passage === 'string') {
      problems.push(problem(file, paragraph.line, passage));
    } else {
      anchors.push({ key: passage.anchor, file, line: paragraph.line });
      passages.push(passage);
    }
  }
  problems.push(...duplicateProblems(anchors, 'passage anchor'));
  if (anchors.length === 0) problems.push(problem(file, parsed.bodyFirstLine, 'the source has no passages'));

  const document = { title: frontMatter.data?.title ?? '', origin: frontMatter.data?.origin ?? null, passages };
  return { source: { document, anchorLines: new Map(anchors.map((a) => [a.key, a.line])) }, problems };
}

function paragraphsOf(body: string[], firstLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let section: string | null = null;
  let current: Paragraph | null = null;
  body.forEach((raw, index) => {
    const heading = sectionHeading.exec(raw);
    if (heading || !raw.trim()) current = null;
    if (heading) {
      section = heading[1];
    } else if (raw.trim()) {
      if (!current) paragraphs.push((current = { line: firstLine + index, lines: [], section }));
      current.lines.push(raw.trim());
    }
  });
  return paragraphs;
}

/** The passage, or what is wrong with it. */
function readPassage(paragraph: Paragraph): SourcePassage | string {
  const match = anchoredPassage.exec(paragraph.lines.join(' '));
  if (!match) return 'a passage must start with its anchor: [§anchor] text';
  const [, anchor, passageText] = match;
  if (!slugPattern.test(anchor)) return `passage anchor "${anchor}": ${slugRule}`;
  if (paragraph.section === null) return 'passage before the first ## section heading';
  if (!passageText.trim()) return `passage ${anchor} has no text`;
  return { anchor, section: paragraph.section, text: passageText.trim() };
}
