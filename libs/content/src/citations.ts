import type { ContentProblem } from './model';
import { problem } from './problems';
import { slugPattern, slugRule } from './slugs';

/** Anything written as a citation, so a malformed id is reported rather than shown as text. */
const anyPassageCitation = /\[§([^\]]*)\]/g;
const anyReferenceCitation = /\[ref:([^\]]*)\]/g;

export interface Citation {
  anchor: string;
  file: string;
  line: number;
}

export interface ReferenceCitation {
  id: string;
  file: string;
  line: number;
}

export interface FoundCitations {
  citations: Citation[];
  references: ReferenceCitation[];
  problems: ContentProblem[];
}

/** Passage and reference citations in a block of lines, with their file lines; malformed ones are problems. */
export function findCitations(file: string, lines: string[], firstLine: number): FoundCitations {
  const found: FoundCitations = { citations: [], references: [], problems: [] };
  lines.forEach((text, index) => {
    const line = firstLine + index;
    for (const match of text.matchAll(anyPassageCitation)) {
      if (slugPattern.test(match[1])) found.citations.push({ anchor: match[1], file, line });
      else found.problems.push(problem(file, line, `malformed citation ${match[0]}: passage anchors ${slugRule}`));
    }
    for (const match of text.matchAll(anyReferenceCitation)) {
      if (slugPattern.test(match[1])) found.references.push({ id: match[1], file, line });
      else found.problems.push(problem(file, line, `malformed citation ${match[0]}: reference ids ${slugRule}`));
    }
  });
  return found;
}

/** Each id once, in order of first appearance. */
export function firstCited(ids: string[]): string[] {
  return [...new Set(ids)];
}
