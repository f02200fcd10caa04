import { withoutCitations } from '../lint/numbers';
import type { CoursePackage, ModuleDefinition, QuizDefinition } from '../model';

/**
 * Silent reading of English non-fiction runs at 175-300 words a minute (Brysbaert 2019,
 * doi:10.1016/j.jml.2019.104047); clinical text read to be tested on sits at the slow end.
 */
export const readingWordsPerMinute = 175;
/** USMLE Step 1 allots 60 minutes to a block of up to 40 single-best-answer items: 90 seconds each. */
export const secondsPerQuestion = 90;

/** Credit may exceed the estimate by at most a quarter (CONTENT-STANDARDS.md, "Learning time and credit"). */
export const creditAllowance = 1.25;

const word = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(markdown: string): number {
  return withoutCitations(markdown).match(word)?.length ?? 0;
}

/** Questions a learner answers in one pass: the drawn number when a quiz draws from a pool. */
export function questionsAsked(quiz: QuizDefinition): number {
  return quiz.drawCount ?? quiz.questions.length;
}

export interface LearningTime {
  lessonWords: number;
  questions: number;
  /** Rounded up. */
  minutes: number;
}

/** Time to read every lesson once and answer every quiz once. */
export function learningTime(modules: ModuleDefinition[], finalExam: QuizDefinition | null): LearningTime {
  const lessonWords = modules.flatMap((m) => m.lessons).reduce((sum, lesson) => sum + countWords(lesson.markdown), 0);
  const quizzes = [...modules.map((m) => m.quiz), finalExam].filter((quiz) => quiz !== null);
  const questions = quizzes.reduce((sum, quiz) => sum + questionsAsked(quiz), 0);
  const minutes = Math.ceil(lessonWords / readingWordsPerMinute + (questions * secondsPerQuestion) / 60);
  return { lessonWords, questions, minutes };
}

export function estimateMinutes(modules: ModuleDefinition[], finalExam: QuizDefinition | null): number {
  return learningTime(modules, finalExam).minutes;
}

/** The estimate and how it was reached, and the most credit it supports (credit may exceed it by a quarter). */
export function describeLearningTime(course: Pick<CoursePackage, 'modules' | 'finalExam'>): string {
  const { lessonWords, questions, minutes } = learningTime(course.modules, course.finalExam);
  const most = Math.floor((minutes * creditAllowance) / 6) / 10;
  return `estimated ${minutes} min (${lessonWords} lesson words at ${readingWordsPerMinute} words/min + ${questions} questions at ${secondsPerQuestion} s), supporting at most ${most} credit hours`;
}
