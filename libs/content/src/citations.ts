import type { ContentProblem } from './model';
import { problem } from './problems';
import { slugPattern, slugRule } from './slugs';

/** Anything written as a citation, so a malformed anchor is reported rather than shown as text. */
const anyCitation = /\[§([^\]]*)\]/g;

export interface Citation {
  anchor: string;
  file: string;
  line: number;
}

/** Citations in a block of lines, with their file lines; malformed anchors are problems. */
export function findCitations(
  file: string,
  lines: string[],
  firstLine: number,
): { citations: Citation[]; problems: ContentProblem[] } {
  const citations: Citation[] = [];
  const problems: ContentProblem[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(anyCitation)) {
      const line = firstLine + index;
      if (slugPattern.test(match[1])) citations.push({ anchor: match[1], file, line });
      else problems.push(problem(file, line, `malformed citation ${match[0]}: passage anchors ${slugRule}`));
    }
  });
  return { citations, problems };
}
