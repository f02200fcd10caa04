import { z } from 'zod';
import type { ContentProblem, EvaluationForm, EvaluationItem, EvaluationItemKind } from '../model';
import { duplicateProblems } from '../problems';
import { checkShape } from '../schema-check';
import { authored, slug, text } from '../schema-fields';
import { readYamlFile } from '../yaml-file';

export const evaluationFile = 'evaluation.yaml';

const kinds: Record<string, EvaluationItemKind> = { rating: 'RATING', 'yes-no': 'YES_NO', text: 'TEXT' };

/** The two items accreditation needs from every form, the kind each must be, and what each asks. */
const purposes = {
  'commercial-bias': { value: 'COMMERCIAL_BIAS', kind: 'yes-no', asks: 'was the content free of commercial bias?' },
  'commitment-to-change': { value: 'COMMITMENT_TO_CHANGE', kind: 'text', asks: 'what will you change in your practice?' },
} as const;

/** A long form after a long course gets hurried answers. */
const maxItems = 20;

const item = z
  .strictObject({
    id: slug,
    kind: z.enum(['rating', 'yes-no', 'text']),
    prompt: authored,
    scale: z.array(text).min(2, 'needs 2 to 10 labels').max(10, 'needs 2 to 10 labels').optional(),
    required: z.boolean().optional(),
    purpose: z.enum(['commercial-bias', 'commitment-to-change']).optional(),
  })
  .superRefine((entry, context) => {
    if (entry.kind === 'rating' && !entry.scale) {
      context.addIssue({ code: 'custom', path: [], message: 'a rating needs a scale: its labels, lowest first' });
    }
    if (entry.kind !== 'rating' && entry.scale) {
      context.addIssue({ code: 'custom', path: ['scale'], message: 'only a rating has a scale' });
    }
    if (entry.purpose && purposes[entry.purpose].kind !== entry.kind) {
      const message = `${entry.purpose} belongs on a ${purposes[entry.purpose].kind} item`;
      context.addIssue({ code: 'custom', path: ['purpose'], message });
    }
  });

type ItemEntry = z.output<typeof item>;

const evaluationSchema = z
  .strictObject({
    items: z.array(item).min(1, 'list the items of the form').max(maxItems, `at most ${maxItems} items`),
  })
  .superRefine(({ items }, context) => {
    if (!items.some((entry) => entry.kind === 'rating')) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'needs at least one rating item' });
    }
    for (const [purpose, { kind, asks }] of Object.entries(purposes)) {
      const serving = items.flatMap((entry, index) => (entry.purpose === purpose ? [index] : []));
      if (serving.length === 0) {
        const message = `needs a ${kind} item with purpose ${purpose} (${asks})`;
        context.addIssue({ code: 'custom', path: ['items'], message });
      }
      for (const index of serving.slice(1)) {
        const message = `only one item may have purpose ${purpose}`;
        context.addIssue({ code: 'custom', path: ['items', index, 'purpose'], message });
      }
    }
  })
  .transform((value): EvaluationForm => ({ items: value.items.map(toEvaluationItem) }));

function toEvaluationItem(entry: ItemEntry): EvaluationItem {
  return {
    id: entry.id,
    kind: kinds[entry.kind],
    prompt: entry.prompt,
    scale: entry.scale ?? [],
    // Free text is optional unless the form says so: a comment box learners must fill collects filler.
    required: entry.required ?? entry.kind !== 'text',
    purpose: entry.purpose ? purposes[entry.purpose].value : null,
  };
}

export interface EvaluationFile {
  evaluation: EvaluationForm | null;
  problems: ContentProblem[];
}

export function readEvaluationFile(file: string, content: string): EvaluationFile {
  const yaml = readYamlFile(file, content);
  const checked = checkShape(evaluationSchema, yaml);
  const written = (yaml.value as { items?: unknown } | null)?.items;
  const ids = (Array.isArray(written) ? written : []).flatMap((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [{ key: id, file, line: yaml.lineOf(['items', index, 'id']) }] : [];
  });
  const problems = [...checked.problems, ...duplicateProblems(ids, 'item id')];
  return { evaluation: problems.length > 0 ? null : checked.data, problems };
}
