/** Quiz attempts, authored quizzes and item analyses as the API returns them. */
import type { AttemptStatus, FeedbackPolicy, QuestionFlag, QuestionType, ScoringRule } from '../gql/graphql';
import { buildCourse, buildModule, buildQuiz, type CourseData, type PassageData, type QuizData } from './course-factory';

export interface AttemptQuestionData {
  id: string;
  type: QuestionType;
  prompt: string;
  options: { id: string; text: string }[];
}

export interface SavedAnswerData {
  questionId: string;
  optionIds: string[] | null;
  number: number | null;
  text: string | null;
}

export interface NumericAnswerData {
  value: number | null;
  tolerance: number | null;
  min: number | null;
  max: number | null;
}

export interface FeedbackData {
  questionId: string;
  correct: boolean;
  credit: number;
  explanation: string;
  passage: { anchor: string; section: string; text: string; appraisal: PassageData['appraisal'] } | null;
  reviewUrl: string | null;
  references: { key: string; number: number; title: string; url: string | null }[];
  correctOptionIds: string[] | null;
  acceptedAnswers: string[] | null;
  numericAnswer: NumericAnswerData | null;
}

export interface AttemptData {
  id: string;
  quizId: string;
  attemptNumber: number;
  status: AttemptStatus;
  deadline: string | null;
  score: number | null;
  passed: boolean | null;
  attemptsLeft: number | null;
  questions: AttemptQuestionData[];
  savedAnswers: SavedAnswerData[];
  feedback: FeedbackData[] | null;
}

export interface AuthoredQuestionData {
  id: string;
  key: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  passageAnchor: string | null;
  referenceKeys: string[];
  options: { id: string; text: string; correct: boolean }[];
  numericAnswer: NumericAnswerData | null;
  acceptedAnswers: string[];
}

export interface QuizChangesData {
  comparedWithVersion: number;
  addedQuestions: string[];
  changedQuestions: string[];
  archivedQuestions: string[];
  reordered: boolean;
  changedSettings: string[];
}

export interface AuthoredQuizData {
  id: string;
  version: number;
  status: 'DRAFT' | 'PUBLISHED';
  publishedAt: string | null;
  title: string;
  passingScore: number;
  maxAttempts: number | null;
  cooldownSeconds: number;
  timeLimitSeconds: number | null;
  drawCount: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedback: FeedbackPolicy;
  scoring: ScoringRule;
  questions: AuthoredQuestionData[];
  changes: QuizChangesData | null;
}

export interface QuestionAnalysisData {
  questionId: string;
  key: string;
  position: number;
  prompt: string;
  attempts: number;
  shareCorrect: number;
  discrimination: number | null;
  upperLowerIndex: number | null;
  flags: QuestionFlag[];
  options: {
    optionId: string;
    text: string;
    correct: boolean;
    chosenShare: number;
    upperChosenShare: number | null;
    lowerChosenShare: number | null;
  }[];
}

export interface ItemAnalysisData {
  quizId: string;
  version: number;
  attempts: number;
  questions: QuestionAnalysisData[];
}

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
      anchor: 'background-1',
      section: 'Background behind this idea',
      text: 'Botox is produced by a bacterium.',
      appraisal: { verdict: 'CONSISTENT', correctionHtml: null, references: [] },
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
