import type { Citation, ReferenceCitation } from '../citations';
import type { ContentProblem, QuizDefinition } from '../model';
import { duplicateProblems, type KeyedLine } from '../problems';
import { checkShape } from '../schema-check';
import { readYamlFile, type YamlFile } from '../yaml-file';
import { quizSchema } from './quiz-schema';

export interface QuizFile {
  file: string;
  quiz: QuizDefinition | null;
  slug: KeyedLine | null;
  /** The passage each question tests, read even from questions with other problems. */
  passages: Citation[];
  /** The references each question names, likewise. */
  references: ReferenceCitation[];
  problems: ContentProblem[];
  lineOf: YamlFile['lineOf'];
}

export function readQuizFile(file: string, content: string): QuizFile {
  const yaml = readYamlFile(file, content);
  const checked = checkShape(quizSchema, yaml);
  const questions = listAt(yaml.value, 'questions');
  const questionIds = keysAt(yaml, questions, 'id', (index) => ['questions', index, 'id']);
  const optionIds = questions.map((q, index) =>
    keysAt(yaml, listAt(q, 'options'), 'id', (option) => ['questions', index, 'options', option, 'id']),
  );
  const passages = keysAt(yaml, questions, 'passage', (index) => ['questions', index, 'passage']).map(
    ({ key, ...where }) => ({ anchor: key, ...where }),
  );
  const references = questions.flatMap((q, index) =>
    keysAt(yaml, listAt(q, 'references'), null, (ref) => ['questions', index, 'references', ref]).map(
      ({ key, ...where }) => ({ id: key, ...where }),
    ),
  );
  const rawSlug = (yaml.value as { slug?: unknown } | null)?.slug;
  return {
    file,
    quiz: checked.data,
    slug: typeof rawSlug === 'string' ? { key: rawSlug, file, line: yaml.lineOf(['slug']) } : null,
    passages,
    references,
    lineOf: yaml.lineOf,
    problems: [
      ...checked.problems,
      ...duplicateProblems(questionIds, 'question id'),
      ...optionIds.flatMap((ids) => duplicateProblems(ids, 'option id')),
    ],
  };
}

function listAt(value: unknown, field: string): unknown[] {
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  return Array.isArray(list) ? list : [];
}

/** The string values of one field across a list (or the list's own strings), with their lines. */
function keysAt(
  yaml: YamlFile,
  list: unknown[],
  field: string | null,
  pathOf: (index: number) => PropertyKey[],
): KeyedLine[] {
  return list.flatMap((entry, index) => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const key = field === null ? entry : record[field];
    return typeof key === 'string' ? [{ key, file: yaml.file, line: yaml.lineOf(pathOf(index)) }] : [];
  });
}
