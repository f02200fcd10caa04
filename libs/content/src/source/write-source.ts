import { stringify } from 'yaml';
import type { PassageAppraisal, SourceDocument, SourcePassage, SourceProvenance } from '../model';
import { sourceTypes } from './read-source';

/** A source as the importer drafts it: provenance and appraisals may still be missing. */
export interface SourceDraft {
  title: string;
  origin: string | null;
  provenance: SourceProvenance | null;
  passages: (Omit<SourcePassage, 'appraisal'> & { appraisal: PassageAppraisal | null })[];
}

/**
 * source.md for a document: front matter, then each section's passages under its `## ` heading,
 * each followed by its appraisal. What a draft lacks is written as TODO, which content:check
 * refuses until a person has written it.
 */
export function writeSource(document: SourceDocument | SourceDraft): string {
  const { title, origin, provenance } = document;
  const frontMatter = stringify({ title, ...(origin ? { origin } : {}), ...(provenance ?? {}) });
  const blocks: string[] = [];
  let section: string | null = null;
  for (const passage of document.passages) {
    if (passage.section !== section) {
      section = passage.section;
      blocks.push(`## ${section}`);
    }
    blocks.push(`[§${passage.anchor}] ${passage.text}`, appraisalQuote(passage.appraisal));
  }
  return `---\n${frontMatter}${provenance ? '' : provenanceToDo}---\n\n${blocks.join('\n\n')}\n`;
}

const provenanceToDo = [
  'publisher: TODO # who published the source, or "Not stated (...)"',
  `type: TODO # one of: ${sourceTypes.join(' | ')}`,
  'date: TODO # YYYY-MM-DD, YYYY-MM, YYYY or "undated"',
  '',
].join('\n');

const appraisalToDo =
  '> Appraisal: TODO (consistent | outdated | incorrect | unsupported | promotional, then a correction citing [ref:id])';

function appraisalQuote(appraisal: PassageAppraisal | null): string {
  if (!appraisal) return appraisalToDo;
  const verdict = `Appraisal: ${appraisal.verdict.toLowerCase()}.`;
  const lines = appraisal.correction ? `${verdict} ${appraisal.correction}`.split('\n') : [verdict];
  return lines.map((line) => `> ${line}`.trimEnd()).join('\n');
}
