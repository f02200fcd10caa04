/** Quiz attempts, authored quizzes and item analyses as the API returns them. */
import type {
  AttemptPageQuery,
  ItemAnalysisQuery,
  QuestionType,
  QuizEditorQuery,
  SubmitQuizAttemptMutation,
} from '../gql/graphql';
import type { ApiShape } from './api-shape';
import { buildCourse, buildModule, buildQuiz, type CourseData, type QuizData } from './course-factory';

export type AttemptData = ApiShape<
  NonNullable<AttemptPageQuery['attempt']> & SubmitQuizAttemptMutation['submitQuizAttempt']
>;
export type AttemptQuestionData = AttemptData['questions'][number];
export type SavedAnswerData = AttemptData['savedAnswers'][number];
export type FeedbackData = NonNullable<AttemptData['feedback']>[number];

export type AuthoredQuizData = ApiShape<
  NonNullable<QuizEditorQuery['quizForAuthoring']> & NonNullable<ItemAnalysisQuery['quizForAuthoring']>
>;
export type AuthoredQuestionData = AuthoredQuizData['questions'][number];
export type QuizChangesData = NonNullable<AuthoredQuizData['changes']>;

export type ItemAnalysisData = ApiShape<ItemAnalysisQuery['itemAnalysis']>;
export type QuestionAnalysisData = ItemAnalysisData['questions'][number];

/** The quiz answers a page can get, for `ApiAnswer` in render-page. */
export interface QuizApiData {
  attempt?: AttemptData | null;
  startQuizAttempt?: Pick<AttemptData, 'id'>;
  saveQuizAnswers?: Pick<AttemptData, 'id'>;
  submitQuizAttempt?: AttemptData;
  quizForAuthoring?: AuthoredQuizData | null;
  updateQuizSettings?: AuthoredQuizData;
  createQuestion?: AuthoredQuizData;
  updateQuestion?: AuthoredQuizData;
  archiveQuestion?: AuthoredQuizData;
  reorderQuestions?: AuthoredQuizData;
  publishQuiz?: AuthoredQuizData;
  itemAnalysis?: ItemAnalysisData;
}

/** Choice questions get options a, b, c… with the texts given. */
export function buildAttemptQuestion(
  key: string,
  type: QuestionType,
  prompt: string,
  optionTexts: string[] = [],
): AttemptQuestionData {
  const letters = 'abcdefghij';
  return {
    id: `question:${key}`,
    type,
    prompt,
    options: optionTexts.map((text, index) => ({ id: letters[index], text })),
  };
}

export function buildAttempt(id: string, overrides: Partial<AttemptData> = {}): AttemptData {
  return {
    id: `attempt:${id}`,
    quizId: 'quiz:mechanism',
    attemptNumber: 1,
    status: 'IN_PROGRESS',
    deadline: null,
    score: null,
    passed: null,
    attemptsLeft: null,
    questions: [],
    savedAnswers: [],
    feedback: null,
    regrades: [],
    ...overrides,
  };
}

export function buildFeedback(question: AttemptQuestionData, overrides: Partial<FeedbackData> = {}): FeedbackData {
  return {
    questionId: question.id,
    correct: false,
    credit: 0,
    explanation: `Why the answer to “${question.prompt}” is right.`,
    passage: {
      section: 'Background behind this idea',
      text: 'Botox is produced by a bacterium.',
      appraisal: { verdict: 'CONSISTENT', correctionHtml: null },
    },
    reviewUrl: '/courses/botox-chronic-migraine/lessons/what-botox-is#passage-background-1',
    references: [],
    correctOptionIds: question.options.length > 0 ? [question.options[0].id] : null,
    acceptedAnswers: null,
    numericAnswer: null,
    ...overrides,
  };
}

export function buildAuthoredQuestion(key: string, overrides: Partial<AuthoredQuestionData> = {}): AuthoredQuestionData {
  return {
    id: `question:${key}`,
    key,
    type: 'SINGLE_CHOICE',
    prompt: `The question ${key}?`,
    explanation: `Why ${key} is answered so.`,
    passageAnchor: 'background-1',
    referenceKeys: [],
    options: [
      { id: 'a', text: 'The right option', correct: true },
      { id: 'b', text: 'A wrong option', correct: false },
    ],
    numericAnswer: null,
    acceptedAnswers: [],
    ...overrides,
  };
}

export function buildAuthoredQuiz(title: string, overrides: Partial<AuthoredQuizData> = {}): AuthoredQuizData {
  return {
    id: 'quiz:mechanism',
    version: 2,
    status: 'DRAFT',
    publishedAt: null,
    title,
    passingScore: 80,
    maxAttempts: null,
    cooldownSeconds: 0,
    timeLimitSeconds: null,
    drawCount: null,
    shuffleQuestions: true,
    shuffleOptions: true,
    feedback: 'AFTER_SUBMIT',
    scoring: 'ALL_OR_NOTHING',
    questions: [buildAuthoredQuestion('toxin-source'), buildAuthoredQuestion('organism-name')],
    changes: null,
    citationReviews: [],
    ...overrides,
  };
}

/** A course whose first module ends with the quiz `quiz:mechanism`. */
export function buildQuizCourse(quiz: Partial<QuizData> = {}): CourseData {
  return buildCourse('botox-chronic-migraine', {
    title: 'Botulinum toxin for chronic migraine',
    modules: [buildModule('mechanism', { quiz: buildQuiz('How botulinum toxin works', { id: 'quiz:mechanism', ...quiz }) })],
  });
}
