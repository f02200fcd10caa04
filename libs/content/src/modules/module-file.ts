import { z } from 'zod';
import type { Citation, ReferenceCitation } from '../citations';
import type { ListedFile } from '../course/course-file';
import { readFrontMatterFile } from '../front-matter';
import type { ContentProblem, LessonDefinition } from '../model';
import type { KeyedLine } from '../problems';
import { checkShape } from '../schema-check';
import { packagePath, slug, text } from '../schema-fields';
import { readLessons } from './lessons';

const moduleFrontMatter = z.strictObject({
  slug,
  title: text,
  objectives: z.array(text).min(1, 'list at least one objective'),
  quiz: packagePath.nullish(),
});

export interface ModuleFile {
  /** Absent when the front matter is unusable; the module's slug with its line otherwise. */
  slug: KeyedLine | null;
  title: string;
  objectives: string[];
  lessons: LessonDefinition[];
  /** The file line each lesson's Markdown starts on. */
  lessonLines: number[];
  lessonSlugs: KeyedLine[];
  citations: Citation[];
  references: ReferenceCitation[];
  quiz: ListedFile | null;
  problems: ContentProblem[];
}

export function readModuleFile(file: string, content: string): ModuleFile {
  const { parsed, problems } = readFrontMatterFile(file, content);
  const empty = {
    ...{ slug: null, title: '', objectives: [], lessons: [], lessonLines: [], lessonSlugs: [] },
    ...{ citations: [], references: [], quiz: null, problems },
  };
  if (!parsed) return empty;
  const settings = checkShape(moduleFrontMatter, parsed.frontMatter);
  const lessons = readLessons(file, parsed.body, parsed.bodyFirstLine);
  problems.push(...settings.problems, ...lessons.problems);
  const data = settings.data;
  if (!data) return { ...empty, citations: lessons.citations, references: lessons.references };
  const lineOf = parsed.frontMatter.lineOf;
  return {
    slug: { key: data.slug, file, line: lineOf(['slug']) },
    title: data.title,
    objectives: data.objectives,
    lessons: lessons.lessons,
    lessonLines: lessons.firstLines,
    lessonSlugs: lessons.slugs,
    citations: lessons.citations,
    references: lessons.references,
    quiz: data.quiz ? { path: data.quiz, line: lineOf(['quiz']) } : null,
    problems,
  };
}
