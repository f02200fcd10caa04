import type { StoredQuestion } from '../quizzes/questions.records';
import type { QuizLoaders } from '../quizzes/quiz.loaders';
import type { AttemptLoaders } from './attempt.loaders';
import { questionsUnderRegrades, versionsToGrade } from './attempt-questions';
import { AttemptStatus, type QuestionFeedback, type QuizAttempt } from './attempts.types';
import { ShownOptions } from './shown-options';

/** The quiz version's feedback policy decides; nothing is shown before the attempt is graded. */
export function feedbackIsVisible(attempt: Pick<QuizAttempt, 'status' | 'feedbackPolicy' | 'quizPassed'>): boolean {
  if (attempt.status === AttemptStatus.IN_PROGRESS) return false;
  switch (attempt.feedbackPolicy) {
    case 'NONE':
      return false;
    case 'AFTER_SUBMIT':
      return true;
    case 'AFTER_PASS':
      return attempt.quizPassed;
  }
}

function answerKey(question: StoredQuestion, shown: ShownOptions): Pick<QuestionFeedback, 'correctOptionIds' | 'acceptedAnswers' | 'numericAnswer'> {
  const isChoice = question.options.length > 0;
  const correct = question.options.filter((option) => option.correct).map((option) => option.id);
  return {
    correctOptionIds: isChoice ? shown.shown(question.id, correct) : null,
    acceptedAnswers: question.type === 'SHORT_TEXT' ? question.acceptedAnswers : null,
    numericAnswer: question.type === 'NUMERIC' ? question.numericAnswer : null,
  };
}

/** Per question, in the order the attempt showed them, with its option ids; null when the policy shows nothing. */
export async function feedbackFor(
  attempt: QuizAttempt,
  questionsOfVersion: QuizLoaders['questionsOfVersion'],
  loaders: AttemptLoaders,
): Promise<QuestionFeedback[] | null> {
  if (!feedbackIsVisible(attempt)) return null;
  const versionIds = versionsToGrade(attempt);
  const [versions, answers] = await Promise.all([
    Promise.all(versionIds.map(async (id) => [id, await questionsOfVersion.load(id)] as const)),
    loaders.savedAnswers.load(attempt.id),
  ]);
  const questions = questionsUnderRegrades(attempt, new Map(versions));
  const credits = new Map(answers.map((answer) => [answer.questionId, answer.credit ?? 0]));
  const shown = new ShownOptions(attempt.drawnQuestions);
  return Promise.all(
    questions.map(async (question) => {
      const questionId = question.id;
      const credit = question.creditedToEveryone ? 1 : (credits.get(questionId) ?? 0);
      const [review, references] = await Promise.all([
        question.passageAnchor ? loaders.reviewPassage.load({ quizId: attempt.quizId, anchor: question.passageAnchor }) : null,
        question.referenceKeys.length > 0 ? loaders.courseReferences.load(attempt.quizId) : [],
      ]);
      return {
        questionId,
        correct: credit === 1,
        credit,
        explanation: question.explanation,
        passage: review?.passage ?? null,
        reviewUrl: review?.reviewUrl ?? null,
        references: references.filter((reference) => question.referenceKeys.includes(reference.key)),
        ...answerKey(question, shown),
      };
    }),
  );
}
