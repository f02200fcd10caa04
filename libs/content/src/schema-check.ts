import type { z } from 'zod';
import type { ContentProblem } from './model';
import { problem } from './problems';
import type { FieldPath, YamlFile } from './yaml-file';

export interface Checked<T> {
  data: T | null;
  problems: ContentProblem[];
}

/** Validates a parsed YAML value, reporting every issue on the line of the field it concerns. */
export function checkShape<S extends z.ZodType>(schema: S, yaml: YamlFile): Checked<z.output<S>> {
  if (yaml.problems.length > 0) return { data: null, problems: yaml.problems };
  const result = schema.safeParse(yaml.value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) =>
    describeIssue(issue, yaml.value).map(({ path, message, linePath }) => {
      const label = pathLabel(path);
      return problem(yaml.file, yaml.lineOf(linePath ?? path), label ? `${label}: ${message}` : message);
    }),
  );
  return { data: null, problems };
}

interface IssueReport {
  /** The field the message is about. */
  path: FieldPath;
  message: string;
  /** Where to point when that is not the field itself. */
  linePath?: FieldPath;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): IssueReport[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path, message: `unknown field "${key}"`, linePath: [...path, key] }));
    case 'invalid_type': {
      const parent = valueAt(root, path.slice(0, -1));
      const key = path[path.length - 1];
      if (key !== undefined && isRecord(parent) && !(String(key) in parent)) {
        return [{ path: path.slice(0, -1), message: `missing field "${String(key)}"` }];
      }
      const expected = expectedNames[issue.expected] ?? issue.expected;
      return [{ path, message: `expected ${expected}, got ${describeValue(valueAt(root, path))}` }];
    }
    case 'invalid_union':
      if (issue.discriminator !== undefined && 'options' in issue) {
        const found = describeValue(valueAt(root, path));
        return [{ path, message: `unknown ${issue.discriminator} ${found} (use ${(issue.options ?? []).join(', ')})` }];
      }
      return [{ path, message: issue.message }];
    case 'invalid_value': {
      const found = describeValue(valueAt(root, path));
      return [{ path, message: `must be one of ${issue.values.join(', ')}; got ${found}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

const expectedNames: Record<string, string> = { object: 'a mapping', array: 'a list' };

function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const key of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function pathLabel(path: FieldPath): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
