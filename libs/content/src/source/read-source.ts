import { z } from 'zod';
import type { ReferenceCitation } from '../citations';
import { readFrontMatterFile } from '../front-matter';
import type { ContentProblem, SourceDocument, SourcePassage } from '../model';
import { duplicateProblems, problem, type KeyedLine } from '../problems';
import { checkShape } from '../schema-check';
import { authored, isCalendarDate, text } from '../schema-fields';
import { slugPattern, slugRule } from '../slugs';
import { readAppraisal, type QuoteBlock } from './appraisal';

export const sourceTypes = [
  'promotional article',
  'review article',
  'news article',
  'guideline',
  'trial report',
  'textbook',
  'other',
] as const;

const sourceDate = z.preprocess(
  // YAML reads a bare year as a number.
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .refine(
      (date) => date === 'undated' || isCalendarDate(date),
      'must be YYYY-MM-DD, YYYY-MM, YYYY or "undated"',
    ),
);

const sourceFrontMatter = z.strictObject({
  title: text,
  origin: text.optional(),
  publisher: authored,
  type: z.enum(sourceTypes),
  date: sourceDate,
});

export interface SourceFile {
  document: SourceDocument;
  /** The line of each passage anchor, so citations can be checked against it. */
  anchorLines: Map<string, number>;
  /** References cited by the appraisals, to check against references.yaml. */
  references: ReferenceCitation[];
}

interface Block {
  kind: 'text' | 'quote';
  line: number;
  lines: string[];
  section: string | null;
}

const sectionHeading = /^##\s+(.+?)\s*$/;
const anchoredPassage = /^\[§([^\]]*)\]\s*([\s\S]*)$/;
const quoteMarker = /^>\s?/;
const appraisalForm = '"> Appraisal: <verdict>. <correction> [ref:id]"';

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
  const references: ReferenceCitation[] = [];
  const blocks = blocksOf(parsed.body, parsed.bodyFirstLine);
  blocks.forEach((block, index) => {
    if (block.kind === 'quote') {
      const previous = blocks[index - 1];
      if (!previous || previous.section !== block.section) {
        problems.push(problem(file, block.line, 'an appraisal block quote must follow the passage it appraises'));
      } else if (previous.kind === 'quote') {
        const message = 'a passage has exactly one appraisal: merge this block quote into the one above';
        problems.push(problem(file, block.line, message));
      }
      return;
    }
    const passage = readPassage(block);
    if (typeof passage === 'string') {
      problems.push(problem(file, block.line, passage));
      return;
    }
    anchors.push({ key: passage.anchor, file, line: block.line });
    const next = blocks[index + 1];
    const quote = next?.kind === 'quote' && next.section === block.section ? next : null;
    if (!quote) {
      const message = `passage ${passage.anchor} has no appraisal: follow it with ${appraisalForm}`;
      problems.push(problem(file, block.line, message));
      return;
    }
    const read = readAppraisal(passage.anchor, { file, line: quote.line, lines: quote.lines } satisfies QuoteBlock);
    problems.push(...read.problems);
    references.push(...read.references);
    if (read.appraisal) passages.push({ ...passage, appraisal: read.appraisal });
  });
  problems.push(...duplicateProblems(anchors, 'passage anchor'));
  if (anchors.length === 0) problems.push(problem(file, parsed.bodyFirstLine, 'the source has no passages'));

  const data = frontMatter.data;
  const document: SourceDocument = {
    title: data?.title ?? '',
    origin: data?.origin ?? null,
    provenance: { publisher: data?.publisher ?? '', type: data?.type ?? 'other', date: data?.date ?? 'undated' },
    passages,
  };
  return { source: { document, anchorLines: new Map(anchors.map((a) => [a.key, a.line])), references }, problems };
}

/** Paragraphs and block quotes; a block quote may start right under a passage line, as in Markdown. */
function blocksOf(body: string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let section: string | null = null;
  let current: Block | null = null;
  body.forEach((raw, index) => {
    const heading = sectionHeading.exec(raw);
    if (heading || !raw.trim()) current = null;
    if (heading) {
      section = heading[1];
      return;
    }
    if (!raw.trim()) return;
    const kind = quoteMarker.test(raw.trim()) ? 'quote' : 'text';
    if (current?.kind !== kind) blocks.push((current = { kind, line: firstLine + index, lines: [], section }));
    current.lines.push(kind === 'quote' ? raw.trim().replace(quoteMarker, '') : raw.trim());
  });
  return blocks;
}

/** The passage without its appraisal, or what is wrong with it. */
function readPassage(block: Block): Omit<SourcePassage, 'appraisal'> | string {
  const match = anchoredPassage.exec(block.lines.join(' '));
  if (!match) return 'a passage must start with its anchor: [§anchor] text';
  const [, anchor, passageText] = match;
  if (!slugPattern.test(anchor)) return `passage anchor "${anchor}": ${slugRule}`;
  if (block.section === null) return 'passage before the first ## section heading';
  if (!passageText.trim()) return `passage ${anchor} has no text`;
  return { anchor, section: block.section, text: passageText.trim() };
}
