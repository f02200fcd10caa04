import { z } from 'zod';
import type { ContentProblem, Reference } from '../model';
import { duplicateProblems, type KeyedLine } from '../problems';
import { checkShape } from '../schema-check';
import { isCalendarDate, slug, text } from '../schema-fields';
import { readYamlFile } from '../yaml-file';

const reference = z
  .strictObject({
    id: slug,
    title: text,
    publisher: text,
    year: z.number().int('must be a whole number').min(1800, 'must be a year such as 2023'),
    identifier: text.nullish(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).nullish(),
    read: z.string().refine((date) => isCalendarDate(date, 'day'), 'must be the date read, YYYY-MM-DD'),
  })
  .refine((entry) => entry.identifier || entry.url, 'give an identifier (DOI, PMID...), a url, or both')
  .refine((entry) => !isCalendarDate(entry.read, 'day') || entry.read <= new Date().toISOString().slice(0, 10), {
    path: ['read'],
    message: 'is in the future: give the date it was read',
  })
  // A journal may date an issue a year ahead of its online release, but no further.
  .refine((entry) => !isCalendarDate(entry.read, 'day') || entry.year <= Number(entry.read.slice(0, 4)) + 1, {
    path: ['year'],
    message: 'is after the date it was read',
  })
  .transform(
    (entry): Reference => ({
      id: entry.id,
      title: entry.title,
      publisher: entry.publisher,
      year: entry.year,
      identifier: entry.identifier ?? null,
      url: entry.url ?? null,
      readOn: entry.read,
    }),
  );

const referencesSchema = z.array(reference).min(1, 'list at least one reference');

export interface ReferencesFile {
  /** null when any entry has a problem. */
  references: Reference[] | null;
  /** Every id written, even in entries with other problems, so citations can still be checked. */
  ids: Set<string>;
  /** The line of each id. */
  lines: Map<string, number>;
  problems: ContentProblem[];
}

export function readReferencesFile(file: string, content: string): ReferencesFile {
  const yaml = readYamlFile(file, content);
  const checked = checkShape(referencesSchema, yaml);
  const entries = Array.isArray(yaml.value) ? (yaml.value as unknown[]) : [];
  const ids: KeyedLine[] = entries.flatMap((entry, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [{ key: id, file, line: yaml.lineOf([index, 'id']) }] : [];
  });
  return {
    references: checked.data,
    ids: new Set(ids.map((id) => id.key)),
    lines: new Map(ids.map((id) => [id.key, id.line])),
    problems: [...checked.problems, ...duplicateProblems(ids, 'reference id')],
  };
}
