import type { Citation } from '../citations';
import type { ContentProblem } from '../model';
import { problem } from '../problems';
import type { SourceFile } from '../source/read-source';

/** Citations (in lessons or questions) of passages that source.md does not have. */
export function unknownAnchorProblems(citations: Citation[], source: SourceFile, sourceName: string): ContentProblem[] {
  return citations
    .filter((citation) => !source.anchorLines.has(citation.anchor))
    .map((citation) => problem(citation.file, citation.line, `unknown passage anchor "${citation.anchor}": ${sourceName} has no [§${citation.anchor}]`));
}
