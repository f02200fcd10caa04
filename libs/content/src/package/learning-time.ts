import type { ModuleDefinition, QuizDefinition } from '../model';

/**
 * Silent reading of English non-fiction runs at 175-300 words a minute (Brysbaert 2019,
 * doi:10.1016/j.jml.2019.104047); clinical text read to be tested on sits at the slow end.
 */
export const readingWordsPerMinute = 175;
/** USMLE Step 1 allots 60 minutes to a block of up to 40 single-best-answer items: 90 seconds each. */
export const secondsPerQuestion = 90;

const citation = /\[(?:§|ref:)[^\]]*\]/g;
const word = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(markdown: string): number {
  return markdown.replace(citation, ' ').match(word)?.length ?? 0;
}

/** Questions a learner answers in one pass: the drawn number when a quiz draws from a pool. */
export function questionsAsked(quiz: QuizDefinition): number {
  return quiz.drawCount ?? quiz.questions.length;
}

/** Minutes to read every lesson once and answer every quiz once, rounded up. */
export function estimateMinutes(modules: ModuleDefinition[], finalExam: QuizDefinition | null): number {
  const words = modules.flatMap((m) => m.lessons).reduce((sum, lesson) => sum + countWords(lesson.markdown), 0);
  const quizzes = [...modules.map((m) => m.quiz), finalExam].filter((quiz) => quiz !== null);
  const questions = quizzes.reduce((sum, quiz) => sum + questionsAsked(quiz), 0);
  return Math.ceil(words / readingWordsPerMinute + (questions * secondsPerQuestion) / 60);
}
