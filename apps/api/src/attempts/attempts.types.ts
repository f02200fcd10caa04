import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { FeedbackPolicy, ScoringRule } from '@ptp/content';
import { Reference, SourcePassage } from '../catalog/catalog.types';
import { NumericAnswerKey } from '../quizzes/answer-key.types';
import { QuestionTypeName } from '../quizzes/quizzes.types';
import type { DrawnQuestion } from './question-draw';
import type { RegradeRule } from './regrade-rules';

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(AttemptStatus, {
  name: 'AttemptStatus',
  valuesMap: { EXPIRED: { description: 'Time ran out; graded on the answers saved before the deadline.' } },
});

@ObjectType({ description: 'An option as learners see it while answering: nothing says whether it is correct.' })
export class AttemptOption {
  @Field(() => ID, { description: "This attempt's own random id for the option; another attempt shows it under another id." })
  id: string;

  @Field()
  text: string;
}

@ObjectType({ description: 'A question as learners see it while answering. It has no answer fields at all.' })
export class AttemptQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionTypeName)
  type: QuestionTypeName;

  @Field()
  prompt: string;

  @Field(() => [AttemptOption], { description: 'In the order this attempt shows them; empty for numeric and text questions.' })
  options: AttemptOption[];
}

@ObjectType({ description: 'The answer kept for one question of an attempt.' })
export class SavedAnswer {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID], { nullable: true, description: "The chosen options, by this attempt's option ids." })
  optionIds: string[] | null;

  @Field(() => Float, { nullable: true })
  number: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field()
  savedAt: Date;

  /** Set when the attempt is graded; shown only through feedback. */
  credit: number | null;
}

@ObjectType({ description: 'How one question went, and where to read up on it.' })
export class QuestionFeedback {
  @Field(() => ID)
  questionId: string;

  @Field({ description: 'Full credit.' })
  correct: boolean;

  @Field(() => Float, { description: 'From 0 to 1; partial credit rules can give a fraction.' })
  credit: number;

  @Field()
  explanation: string;

  @Field(() => SourcePassage, { nullable: true, description: 'The passage of the source the question tests, as the course now has it.' })
  passage: SourcePassage | null;

  @Field(() => String, { nullable: true, description: 'Where the web app shows that passage: the first lesson citing it.' })
  reviewUrl: string | null;

  @Field(() => [Reference], { description: 'The references that support the answer, to read up on it.' })
  references: Reference[];

  @Field(() => [ID], { nullable: true, description: "Choice questions only, by this attempt's option ids." })
  correctOptionIds: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Short-text questions only.' })
  acceptedAnswers: string[] | null;

  @Field(() => NumericAnswerKey, { nullable: true, description: 'Numeric questions only.' })
  numericAnswer: NumericAnswerKey | null;
}

@ObjectType({ description: "One learner's attempt at a quiz, tied to the quiz version it started with." })
export class QuizAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  quizId: string;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field(() => Int, { description: '1 for the first attempt at this quiz.' })
  attemptNumber: number;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: "The server's deadline; null when the quiz has no time limit." })
  deadline: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'From 0 to 100; null until graded.' })
  score: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Attempts the learner may still start; null when unlimited.' })
  attemptsLeft: number | null;

  userId: string;
  quizVersionId: string;
  /** The number of the quiz version it was taken at. */
  quizVersion: number;
  drawnQuestions: DrawnQuestion[];
  /** The regrades in force for it, oldest first: grading and feedback use the answer keys they say. */
  regradeRules: RegradeRule[];
  submissionKey: string | null;
  feedbackPolicy: FeedbackPolicy;
  scoring: ScoringRule;
  passingScore: number;
  /** The title of the quiz version it was taken at, and the course of the quiz: what progress records. */
  quizTitle: string;
  courseId: string;
  /** Open past its deadline and grace: the next action closes it. */
  overdue: boolean;
  /** Whether the learner has passed this quiz in any attempt. */
  quizPassed: boolean;
}
