import { stringify } from 'yaml';
import { z } from 'zod';
import type { ContentProblem } from '../model';
import { duplicateProblems, type KeyedLine } from '../problems';
import { checkShape } from '../schema-check';
import { isCalendarDate, slug, text } from '../schema-fields';
import { readYamlFile } from '../yaml-file';
import { itemKey, sourceKey, type CitedKind, type CitingItem } from './cited-sources';
import { fingerprintPattern } from './fingerprint';

/** The file in a course folder that records what each citation was last reviewed against. */
export const reviewedCitationsFile = 'reviewed-citations.yaml';

/** Who reviewed, on which day, and what they concluded. */
export interface ReviewSignature {
  by: string;
  /** YYYY-MM-DD. */
  on: string;
  note: string;
}

/** A lesson or question checked against a changed passage or reference. */
export interface ItemReview extends ReviewSignature {
  item: CitingItem;
  cited: { kind: CitedKind; key: string };
  /** The fingerprint of the passage or reference as reviewed. */
  fingerprint: string;
}

export interface ReviewedCitations {
  /** Who recorded the fingerprints below, against which every citation was written or reviewed. */
  recorded: ReviewSignature;
  /** Fingerprints by anchor and by reference id. */
  passages: Record<string, string>;
  references: Record<string, string>;
  reviews: ItemReview[];
}

const fingerprint = z.string().regex(fingerprintPattern, 'must be a fingerprint of 16 hex digits (npm run content:review writes them)');
// The platform keeps clearance notes to the same length, so a note from the file fits there too.
export const reviewNote = z
  .string()
  .trim()
  .min(10, 'say in a sentence what was checked (10 characters or more)')
  .max(2000, 'must be at most 2000 characters');
const signature = {
  by: text.max(200, 'must be at most 200 characters'),
  on: z.string().refine((date) => isCalendarDate(date, 'day'), 'must be the day of the review, YYYY-MM-DD'),
  note: reviewNote,
};
const questionPath = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be <quiz slug>/<question id>');

const review = z
  .strictObject({
    lesson: slug.optional(),
    question: questionPath.optional(),
    passage: slug.optional(),
    reference: slug.optional(),
    fingerprint,
    ...signature,
  })
  .refine((entry) => (entry.lesson === undefined) !== (entry.question === undefined), 'name either a lesson or a question')
  .refine((entry) => (entry.passage === undefined) !== (entry.reference === undefined), 'name either a passage or a reference')
  .transform(
    (entry): ItemReview => ({
      item: entry.lesson
        ? { kind: 'LESSON', slug: entry.lesson }
        : { kind: 'QUESTION', quizSlug: entry.question!.split('/')[0], key: entry.question!.split('/')[1] },
      cited: entry.passage ? { kind: 'PASSAGE', key: entry.passage } : { kind: 'REFERENCE', key: entry.reference! },
      fingerprint: entry.fingerprint,
      by: entry.by,
      on: entry.on,
      note: entry.note,
    }),
  );

const fileSchema = z.strictObject({
  recorded: z.strictObject(signature),
  passages: z.record(slug, fingerprint).default({}),
  references: z.record(slug, fingerprint).default({}),
  reviews: z.array(review).nullish().transform((reviews) => reviews ?? []),
});

export interface ReviewedCitationsFile {
  record: ReviewedCitations | null;
  /** The line of each review entry, in file order. */
  reviewLines: number[];
  problems: ContentProblem[];
}

export function readReviewedCitations(file: string, content: string): ReviewedCitationsFile {
  const yaml = readYamlFile(file, content);
  const checked = checkShape(fileSchema, yaml);
  const reviews = checked.data?.reviews ?? [];
  const reviewLines = reviews.map((_, index) => yaml.lineOf(['reviews', index]));
  const pairs: KeyedLine[] = reviews.map((entry, index) => ({ key: reviewPairKey(entry), file, line: reviewLines[index] }));
  return { record: checked.data, reviewLines, problems: [...checked.problems, ...duplicateProblems(pairs, 'review of')] };
}

/** `lesson what-it-is cites passage background-1`: one review per pair, the latest. */
export function reviewPairKey(pair: { item: CitingItem; cited: { kind: CitedKind; key: string } }): string {
  return `${itemKey(pair.item)} cites ${sourceKey(pair.cited)}`;
}

const header = `# What each lesson and question of this course was last reviewed against (FORMAT.md,
# "Reviewing source changes"). \`passages\` and \`references\` hold the fingerprint of every passage and
# reference as citations were written against it; \`reviews\` holds each lesson or question checked
# after one of them changed. Written by npm run content:review; content:check lists what still needs review.
`;

/** The file's text: stable order, so a review changes only the lines it adds. */
export function writeReviewedCitations(record: ReviewedCitations): string {
  const sorted = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  const reviews = [...record.reviews]
    .sort((a, b) => reviewPairKey(a).localeCompare(reviewPairKey(b)))
    .map((entry) => ({
      ...(entry.item.kind === 'LESSON' ? { lesson: entry.item.slug } : { question: `${entry.item.quizSlug}/${entry.item.key}` }),
      ...(entry.cited.kind === 'PASSAGE' ? { passage: entry.cited.key } : { reference: entry.cited.key }),
      fingerprint: entry.fingerprint,
      by: entry.by,
      on: entry.on,
      note: entry.note,
    }));
  const body = { recorded: record.recorded, passages: sorted(record.passages), references: sorted(record.references), reviews };
  return header + stringify(body, { lineWidth: 100 });
}
