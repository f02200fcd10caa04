import { type CourseFiles, edit, loadFiles, validCourseFiles } from './course-fixture';

export const lintedQuiz = 'quizzes/02-treatment.yaml';

/**
 * Three single-choice items that follow every item-writing rule, cite the passage that states
 * their keys, and key positions 1, 2 and 3.
 */
export const goodQuestions = `  - id: dose
    type: single-choice
    prompt: What total dose does the label give for chronic migraine?
    passage: injection-points
    explanation: The label gives 155 units.
    options:
      - { id: a, text: 155 units, correct: true }
      - { id: b, text: 100 units }
      - { id: c, text: 200 units }
  - id: sites
    type: single-choice
    prompt: How many injection sites does the label describe?
    passage: injection-points
    explanation: The label describes 31 sites.
    options:
      - { id: a, text: 19 sites }
      - { id: b, text: 31 sites, correct: true }
      - { id: c, text: 12 sites }
  - id: areas
    type: single-choice
    prompt: Where are the injections given?
    passage: injection-points
    explanation: Seven head and neck areas.
    options:
      - { id: a, text: Three areas of the face }
      - { id: b, text: Two areas of the scalp }
      - { id: c, text: Seven head and neck areas, correct: true }
`;

export function quizWith(questions: string): string {
  return `slug: treatment-quiz
title: Treating chronic migraine
passingScore: 70
maxAttempts: null
cooldownMinutes: 0
timeLimitMinutes: null
drawCount: null
shuffleQuestions: true
shuffleOptions: true
feedback: after-submit
scoring: all-or-nothing
questions:
${questions}`;
}

/** Lints the fixture course with the treatment quiz's questions replaced, optionally edited. */
export function lintQuestions(root: string, questions: string, edits: [string, string][] = []) {
  let files: CourseFiles = { ...validCourseFiles(), [lintedQuiz]: quizWith(questions) };
  for (const [from, to] of edits) files = edit(files, lintedQuiz, from, to);
  const loaded = loadFiles(root, files);
  if (loaded.problems.length > 0) throw new Error(JSON.stringify(loaded.problems));
  return { ...loaded.lint, quiz: files[lintedQuiz] };
}
