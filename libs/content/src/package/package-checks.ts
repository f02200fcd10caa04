import type { Citation, ReferenceCitation } from '../citations';
import type { ContentProblem } from '../model';
import { problem } from '../problems';
import type { SourceFile } from '../source/read-source';

/** Citations (in lessons or questions) of passages that source.md does not have. */
export function unknownAnchorProblems(citations: Citation[], source: SourceFile, sourceName: string): ContentProblem[] {
  return citations
    .filter(({ anchor }) => !source.anchorLines.has(anchor))
    .map(({ anchor, file, line }) =>
      problem(file, line, `unknown passage anchor "${anchor}": ${sourceName} has no [§${anchor}]`),
    );
}

/** Citations (in appraisals, lessons or questions) of references that references.yaml does not list. */
export function unknownReferenceProblems(
  citations: ReferenceCitation[],
  ids: Set<string>,
  referencesName: string,
): ContentProblem[] {
  return citations
    .filter(({ id }) => !ids.has(id))
    .map(({ id, file, line }) => problem(file, line, `unknown reference "${id}": ${referencesName} has no id ${id}`));
}
