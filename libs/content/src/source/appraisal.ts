import { findCitations, firstCited, type ReferenceCitation } from '../citations';
import type { AppraisalVerdict, ContentProblem, PassageAppraisal } from '../model';
import { problem } from '../problems';

const verdicts: Record<string, AppraisalVerdict> = {
  consistent: 'CONSISTENT',
  outdated: 'OUTDATED',
  incorrect: 'INCORRECT',
  unsupported: 'UNSUPPORTED',
  promotional: 'PROMOTIONAL',
};
const verdictList = Object.keys(verdicts).join(' | ');
const appraisalLine = /^Appraisal:\s*([^\s.:;,]*)[.:;,]?\s*([\s\S]*)$/;

/** A block quote of source.md, with the `> ` markers removed. */
export interface QuoteBlock {
  file: string;
  line: number;
  lines: string[];
}

export interface ReadAppraisal {
  appraisal: PassageAppraisal | null;
  references: ReferenceCitation[];
  problems: ContentProblem[];
}

/**
 * Reads `> Appraisal: verdict. correction [ref:id]`. A draft's `> Appraisal: TODO` is refused, so a
 * course cannot ship a passage nobody has appraised.
 */
export function readAppraisal(anchor: string, quote: QuoteBlock): ReadAppraisal {
  const fail = (message: string): ReadAppraisal => ({
    appraisal: null,
    references: [],
    problems: [problem(quote.file, quote.line, message)],
  });
  const match = appraisalLine.exec(quote.lines.join('\n').trim());
  if (!match) return fail(`the block quote after passage ${anchor} must start with "Appraisal: <verdict>."`);
  const [, written, rest] = match;
  if (/^todo$/i.test(written)) {
    return fail(`passage ${anchor} is not appraised yet: replace TODO with ${verdictList} and a correction`);
  }
  const verdict = verdicts[written];
  if (!verdict) return fail(`passage ${anchor}: appraisal verdict "${written}" must be one of ${verdictList}`);
  const correction = rest.trim() || null;
  const found = findCitations(quote.file, quote.lines, quote.line);
  const problems = [...found.problems];
  const report = (message: string) => problems.push(problem(quote.file, quote.line, message));
  if (found.citations.length > 0) report(`the appraisal of ${anchor} cites references as [ref:id], not passages`);
  if (correction === null && verdict !== 'CONSISTENT') {
    report(`passage ${anchor} is appraised ${written}: write the correction after the verdict`);
  } else if (correction !== null && found.references.length === 0) {
    report(`the appraisal of ${anchor} must cite at least one reference as [ref:id]`);
  }
  const appraisal = { verdict, correction, referenceIds: firstCited(found.references.map((r) => r.id)) };
  return { appraisal, references: found.references, problems };
}
