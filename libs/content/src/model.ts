/** A course package after parsing and validation: what the API imports. */

import type { ReviewedCitations } from './reviews/reviewed-citations-file';

export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE' | 'NUMERIC' | 'SHORT_TEXT';
export type FeedbackPolicy = 'NONE' | 'AFTER_SUBMIT' | 'AFTER_PASS';
export type ScoringRule = 'ALL_OR_NOTHING' | 'PARTIAL_CREDIT';
export type CertificateIssue = 'AUTOMATIC' | 'APPROVAL';
export type AppraisalVerdict = 'CONSISTENT' | 'OUTDATED' | 'INCORRECT' | 'UNSUPPORTED' | 'PROMOTIONAL';

/** What current evidence says about a source passage. */
export interface PassageAppraisal {
  verdict: AppraisalVerdict;
  /** Markdown; required for every verdict but CONSISTENT, and cites at least one reference. */
  correction: string | null;
  /** References cited by the correction, in order of first citation. */
  referenceIds: string[];
}

export interface SourcePassage {
  anchor: string;
  /** The `## ` section of the source it sits in. */
  section: string;
  text: string;
  appraisal: PassageAppraisal;
}

/** Who published the source, what kind of text it is and when, as its front matter states. */
export interface SourceProvenance {
  /** The publisher, or "Not stated (...)". */
  publisher: string;
  /** promotional article, review article, news article, guideline, trial report, textbook or other. */
  type: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY or "undated". */
  date: string;
}

export interface SourceDocument {
  title: string;
  origin: string | null;
  provenance: SourceProvenance;
  passages: SourcePassage[];
}

/** An authoritative source the course cites as `[ref:id]`. */
export interface Reference {
  id: string;
  title: string;
  /** Publisher or journal. */
  publisher: string;
  year: number;
  /** DOI, PMID or another identifier; a reference has this, a url, or both. */
  identifier: string | null;
  url: string | null;
  /** The date an author read it, YYYY-MM-DD. */
  readOn: string;
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
  /** The source passage the question tests, if any; a question cites a passage, references, or both. */
  passageAnchor: string | null;
  /** References that support the key. */
  referenceIds: string[];
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
  /** References cited with `[ref:id]`, in order of first citation, without repeats. */
  referenceIds: string[];
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

export type CreditType = 'AMA_PRA_CATEGORY_1' | 'NURSING_CONTACT_HOURS' | 'PHARMACY' | 'PARTICIPATION';

/** One kind of credit the activity offers, with the most a learner can claim and its designation statement. */
export interface CreditOffer {
  type: CreditType;
  maximum: number;
  designation: string;
}

/** Who provides the activity, under what accreditation, and what credit it offers (`accreditation.yaml`). */
export interface Accreditation {
  provider: string;
  /** Whether the provider holds an accreditation to award the credit types it offers. */
  accredited: boolean;
  statement: string;
  /** The learning format, as accreditors name it. */
  format: 'ENDURING_MATERIAL';
  /** The identifier the provider reports the activity under. */
  activityId: string;
  credits: CreditOffer[];
}

export type ContentRole = 'PLANNER' | 'AUTHOR' | 'REVIEWER';

export interface FinancialRelationship {
  company: string;
  nature: string;
  mitigation: string;
}

/** A person in control of content, with relevant financial relationships of the past 24 months; none is an empty list. */
export interface ContentControllerDisclosure {
  name: string;
  roles: ContentRole[];
  relationships: FinancialRelationship[];
}

export interface CommercialSupport {
  supporter: string;
  kind: string;
}

/** Disclosures shown to learners before the first lesson (`disclosures.yaml`). */
export interface Disclosures {
  /** When they were collected, YYYY-MM-DD; older than 12 months, the course cannot be released. */
  collectedOn: string;
  people: ContentControllerDisclosure[];
  /** Empty when there is none. */
  commercialSupport: CommercialSupport[];
}

export type EvaluationItemKind = 'RATING' | 'YES_NO' | 'TEXT';

/** One item of a course's evaluation form. */
export interface EvaluationItem {
  /** Stable within the course, lower-case words joined by '-', e.g. 'objectives-met'. */
  id: string;
  kind: EvaluationItemKind;
  prompt: string;
  /** RATING only: the labels of the scale from lowest to highest (2 to 10 of them); an answer is 1..scale.length. Empty for other kinds. */
  scale: string[];
  required: boolean;
  /** What accreditation needs the item for, when it is one of the two items every form must have. */
  purpose: 'COMMERCIAL_BIAS' | 'COMMITMENT_TO_CHANGE' | null;
}

/** The evaluation learners fill in after the course (`evaluation.yaml`). */
export interface EvaluationForm {
  items: EvaluationItem[];
}

export interface CoursePackage {
  slug: string;
  title: string;
  summary: string;
  /** Who the course is for. */
  audience: string;
  /** What the course does and does not qualify anyone to do. */
  scope: string;
  creditHours: number;
  completion: { requireModuleQuizzes: boolean; requireFinalExam: boolean };
  certificate: CertificatePolicy;
  accreditation: Accreditation;
  disclosures: Disclosures;
  evaluation: EvaluationForm;
  source: SourceDocument;
  references: Reference[];
  /** Learning time estimated from lesson words and question count (see FORMAT.md). */
  estimatedMinutes: number;
  modules: ModuleDefinition[];
  finalExam: QuizDefinition | null;
  /** sha256 over the package's files, so an unchanged package imports as a no-op; the review record is not content. */
  contentHash: string;
  /** What each citation was last reviewed against (`reviewed-citations.yaml`); null when the course has no such file. */
  reviewedCitations: ReviewedCitations | null;
}

/** One problem found in a package, reported as `file:line: message`. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}
