import type { ContentProblem } from './model';
import { problem } from './problems';
import { readYamlFile, type YamlFile } from './yaml-file';

export interface FrontMatterFile {
  frontMatter: YamlFile;
  /** The lines after the closing `---`. */
  body: string[];
  /** The file line of `body[0]`. */
  bodyFirstLine: number;
}

/** Splits a Markdown file into its YAML front matter (between `---` lines) and its body. */
export function readFrontMatterFile(
  file: string,
  text: string,
): { parsed: FrontMatterFile | null; problems: ContentProblem[] } {
  // Editors on some systems save a byte-order mark, which would hide the opening ---.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    const missing = problem(file, 1, 'the file must start with front matter between two --- lines');
    return { parsed: null, problems: [missing] };
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (closing < 0) {
    return { parsed: null, problems: [problem(file, 1, 'front matter is never closed: add a --- line after it')] };
  }
  const frontMatter = readYamlFile(file, lines.slice(1, closing).join('\n'), 2);
  return {
    parsed: { frontMatter, body: lines.slice(closing + 1), bodyFirstLine: closing + 2 },
    problems: [],
  };
}
