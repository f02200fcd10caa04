import { z } from 'zod';
import type { CertificateIssue, ContentProblem } from '../model';
import { problem } from '../problems';
import { checkShape } from '../schema-check';
import { authored, packagePath, slug, text } from '../schema-fields';
import { readYamlFile, type YamlFile } from '../yaml-file';

const certificateIssues: Record<'automatic' | 'approval', CertificateIssue> = {
  automatic: 'AUTOMATIC',
  approval: 'APPROVAL',
};

const courseSchema = z
  .strictObject({
    slug,
    title: text,
    summary: text,
    audience: authored,
    scope: authored,
    creditHours: z
      .number()
      .positive('must be more than 0')
      .refine((hours) => Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-9, 'allows at most one decimal place'),
    source: packagePath,
    references: packagePath,
    modules: z.array(packagePath).min(1, 'list at least one module'),
    finalExam: packagePath.nullish(),
    completion: z.strictObject({ requireModuleQuizzes: z.boolean(), requireFinalExam: z.boolean() }),
    certificate: z.strictObject({
      issue: z.enum(['automatic', 'approval']).transform((issue) => certificateIssues[issue]),
      validityMonths: z.number().int('must be a whole number').positive('must be more than 0').nullable(),
      attestation: text,
    }),
  })
  .superRefine((course, context) => {
    if (course.completion.requireFinalExam && !course.finalExam) {
      context.addIssue({
        code: 'custom',
        path: ['completion', 'requireFinalExam'],
        message: 'a final exam is required but course.yaml names no finalExam',
      });
    }
  });

export type CourseSettings = z.output<typeof courseSchema>;

/** A file course.yaml names, with the line that names it. */
export interface ListedFile {
  path: string;
  line: number;
}

export interface CourseFile {
  settings: CourseSettings | null;
  source: ListedFile | null;
  references: ListedFile | null;
  modules: ListedFile[];
  finalExam: ListedFile | null;
  creditHoursLine: number;
  problems: ContentProblem[];
}

export function readCourseFile(file: string, content: string, folderName: string): CourseFile {
  const yaml = readYamlFile(file, content);
  const checked = checkShape(courseSchema, yaml);
  const problems = [...checked.problems];
  const raw = (typeof yaml.value === 'object' && yaml.value !== null ? yaml.value : {}) as Record<string, unknown>;
  if (typeof raw.slug === 'string' && raw.slug !== folderName) {
    const message = `slug "${raw.slug}" must equal the folder name "${folderName}"`;
    problems.push(problem(file, yaml.lineOf(['slug']), message));
  }
  // Files are located even when other fields are wrong, so their own problems are reported too.
  const modules = Array.isArray(raw.modules) ? raw.modules : [];
  return {
    settings: checked.data,
    source: listed(yaml, raw.source, ['source']),
    references: listed(yaml, raw.references, ['references']),
    modules: modules.flatMap((entry, index) => listed(yaml, entry, ['modules', index]) ?? []),
    finalExam: listed(yaml, raw.finalExam, ['finalExam']),
    creditHoursLine: yaml.lineOf(['creditHours']),
    problems,
  };
}

function listed(yaml: YamlFile, value: unknown, path: PropertyKey[]): ListedFile | null {
  return typeof value === 'string' && value.trim() ? { path: value.trim(), line: yaml.lineOf(path) } : null;
}
