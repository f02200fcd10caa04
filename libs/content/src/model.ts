/** A course package after parsing and validation: what the API imports. */

export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE' | 'NUMERIC' | 'SHORT_TEXT';
export type FeedbackPolicy = 'NONE' | 'AFTER_SUBMIT' | 'AFTER_PASS';
export type ScoringRule = 'ALL_OR_NOTHING' | 'PARTIAL_CREDIT';
export type CertificateIssue = 'AUTOMATIC' | 'APPROVAL';

export interface SourcePassage {
  anchor: string;
  /** The `## ` section of the source it sits in. */
  section: string;
  text: string;
}

export interface SourceDocument {
  title: string;
  origin: string | null;
  passages: SourcePassage[];
}

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
}

export type NumericAnswer = { value: number; tolerance: number } | { min: number; max: number };

export interface QuestionDefinition {
  /** Stable key within the quiz (the YAML `id`). */
  key: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  passageAnchor: string;
  /** Choice questions only; true/false questions get options `true` and `false`. */
  options: ChoiceOption[];
  numericAnswer: NumericAnswer | null;
  acceptedAnswers: string[];
}

export interface QuizDefinition {
  slug: string;
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
  questions: QuestionDefinition[];
}

export interface LessonDefinition {
  slug: string;
  title: string;
  position: number;
  markdown: string;
  /** Anchors cited with `[§anchor]`, in order of first citation, without repeats. */
  passageAnchors: string[];
}

export interface ModuleDefinition {
  slug: string;
  title: string;
  position: number;
  objectives: string[];
  lessons: LessonDefinition[];
  quiz: QuizDefinition | null;
}

export interface CertificatePolicy {
  issue: CertificateIssue;
  validityMonths: number | null;
  attestation: string;
}

export interface CoursePackage {
  slug: string;
  title: string;
  summary: string;
  creditHours: number;
  completion: { requireModuleQuizzes: boolean; requireFinalExam: boolean };
  certificate: CertificatePolicy;
  source: SourceDocument;
  modules: ModuleDefinition[];
  finalExam: QuizDefinition | null;
  /** sha256 over the package's files, so an unchanged package imports as a no-op. */
  contentHash: string;
}

/** One problem found in a package, reported as `file:line: message`. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}
