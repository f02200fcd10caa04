import { z } from 'zod';
import type { Accreditation, ContentProblem, CreditType } from '../model';
import { checkShape } from '../schema-check';
import { authored } from '../schema-fields';
import { readYamlFile } from '../yaml-file';
import { amaDesignationProblem } from './ama-designation';

export const accreditationFile = 'accreditation.yaml';

const creditTypes: Record<string, CreditType> = {
  'ama-pra-category-1': 'AMA_PRA_CATEGORY_1',
  'nursing-contact-hours': 'NURSING_CONTACT_HOURS',
  pharmacy: 'PHARMACY',
  participation: 'PARTICIPATION',
};

const credit = z
  .strictObject({
    type: z.enum(['ama-pra-category-1', 'nursing-contact-hours', 'pharmacy', 'participation']),
    maximum: z
      .number()
      .positive('must be more than 0')
      .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, 'allows at most two decimal places'),
    designation: authored,
  })
  .superRefine((offer, context) => {
    if (offer.type !== 'ama-pra-category-1') return;
    const message = amaDesignationProblem(offer.designation, offer.maximum);
    if (message) context.addIssue({ code: 'custom', path: ['designation'], message });
  });

const accreditationSchema = z
  .strictObject({
    provider: z.strictObject({ name: authored, accredited: z.boolean() }),
    statement: authored,
    format: z.enum(['enduring-material']),
    activityId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1 to 64 letters, digits, ".", "_" or "-"'),
    credits: z.array(credit).min(1, 'list at least one credit type'),
  })
  .superRefine((value, context) => {
    value.credits.forEach((offer, index) => {
      if (!value.provider.accredited && offer.type !== 'participation') {
        context.addIssue({
          code: 'custom',
          path: ['credits', index, 'type'],
          message: 'a provider that is not accredited can offer only participation',
        });
      }
    });
    const types = value.credits.map((offer) => offer.type);
    types.forEach((type, index) => {
      if (types.indexOf(type) !== index) {
        context.addIssue({ code: 'custom', path: ['credits', index, 'type'], message: `${type} is listed twice` });
      }
    });
  })
  .transform(
    (value): Accreditation => ({
      provider: value.provider.name,
      accredited: value.provider.accredited,
      statement: value.statement,
      format: 'ENDURING_MATERIAL',
      activityId: value.activityId,
      credits: value.credits.map((offer) => ({
        type: creditTypes[offer.type],
        maximum: offer.maximum,
        designation: offer.designation,
      })),
    }),
  );

export interface AccreditationFile {
  accreditation: Accreditation | null;
  /** The line of each credit's maximum, in order, for checks against the course. */
  maximumLines: number[];
  problems: ContentProblem[];
}

export function readAccreditationFile(file: string, content: string): AccreditationFile {
  const yaml = readYamlFile(file, content);
  const checked = checkShape(accreditationSchema, yaml);
  const raw = (yaml.value as { credits?: unknown } | null)?.credits;
  const count = Array.isArray(raw) ? raw.length : 0;
  return {
    accreditation: checked.data,
    maximumLines: Array.from({ length: count }, (_, index) => yaml.lineOf(['credits', index, 'maximum'])),
    problems: checked.problems,
  };
}
