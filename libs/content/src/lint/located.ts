import type { ContentProblem, LessonDefinition, QuestionDefinition, QuizDefinition } from '../model';
import { problem } from '../problems';
import type { FieldPath } from '../yaml-file';

/** A quiz with a way back to the lines of its file. */
export interface LocatedQuiz {
  quiz: QuizDefinition;
  file: string;
  lineOf(path: FieldPath): number;
}

export interface LocatedLesson {
  lesson: LessonDefinition;
  file: string;
  /** The file line of the lesson's first Markdown line. */
  firstLine: number;
}

/** What the item-writing and citation rules found: errors fail `content:check`, warnings do not. */
export interface LintFindings {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** One question of a located quiz, with helpers that report on its lines. */
export interface LocatedQuestion {
  question: QuestionDefinition;
  index: number;
  quiz: LocatedQuiz;
  line: number;
  optionLine(option: number): number;
}

export function questionsOf(quiz: LocatedQuiz): LocatedQuestion[] {
  return quiz.quiz.questions.map((question, index) => ({
    question,
    index,
    quiz,
    line: quiz.lineOf(['questions', index]),
    optionLine: (option) => quiz.lineOf(['questions', index, 'options', option]),
  }));
}

export function findings(): LintFindings & {
  error(file: string, line: number, message: string): void;
  warn(file: string, line: number, message: string): void;
} {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  return {
    errors,
    warnings,
    error: (file, line, message) => errors.push(problem(file, line, message)),
    warn: (file, line, message) => warnings.push(problem(file, line, message)),
  };
}

export type Findings = ReturnType<typeof findings>;
