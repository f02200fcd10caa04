import { z } from 'zod';
import type { ContentProblem, ContentRole, Disclosures } from '../model';
import { checkShape } from '../schema-check';
import { authored, isCalendarDate, text } from '../schema-fields';
import { readYamlFile } from '../yaml-file';
import { disclosuresAgeProblem } from './disclosure-age';

export const disclosuresFile = 'disclosures.yaml';

const roles: Record<string, ContentRole> = { planner: 'PLANNER', author: 'AUTHOR', reviewer: 'REVIEWER' };

const relationship = z.strictObject({ company: text, nature: text, mitigation: authored });

const person = z.strictObject({
  name: authored,
  roles: z
    .array(z.enum(['planner', 'author', 'reviewer']))
    .min(1, 'name at least one of planner, author, reviewer')
    .transform((list) => [...new Set(list)].map((role) => roles[role])),
  relationships: noneOr(z.array(relationship).min(1, 'list each relationship, or write "none"')),
});

const support = z.strictObject({ supporter: text, kind: text });

/** A list, or the word `none` stated in its place (read as an empty list); an empty list is refused. */
function noneOr<T extends z.ZodType>(list: z.ZodArray<T>) {
  return z.preprocess((value) => (value === 'none' ? null : value), list.nullable()).transform((value) => value ?? []);
}

function disclosuresSchema(today: string) {
  return z
    .strictObject({
      collected: z.string().refine((date) => isCalendarDate(date, 'day'), 'must be the date collected, YYYY-MM-DD'),
      people: z.array(person).min(1, 'list everyone in control of content'),
      commercialSupport: noneOr(z.array(support).min(1, 'list each supporter, or write "none"')),
    })
    .superRefine((value, context) => {
      if (!isCalendarDate(value.collected, 'day')) return;
      const message = disclosuresAgeProblem(value.collected, today);
      if (message) context.addIssue({ code: 'custom', path: ['collected'], message });
    })
    .transform(
      (value): Disclosures => ({
        collectedOn: value.collected,
        people: value.people.map((entry) => ({
          name: entry.name,
          roles: entry.roles,
          relationships: entry.relationships,
        })),
        commercialSupport: value.commercialSupport,
      }),
    );
}

export interface DisclosuresFile {
  disclosures: Disclosures | null;
  problems: ContentProblem[];
}

/** @param today YYYY-MM-DD: disclosures collected more than 12 months before it are refused. */
export function readDisclosuresFile(file: string, content: string, today: string): DisclosuresFile {
  const checked = checkShape(disclosuresSchema(today), readYamlFile(file, content));
  return { disclosures: checked.data, problems: checked.problems };
}
