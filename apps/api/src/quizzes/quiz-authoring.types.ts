import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NumericAnswerKey } from './answer-key.types';
import { QuestionTypeName } from './quizzes.types';

export enum FeedbackPolicyName {
  NONE = 'NONE',
  AFTER_SUBMIT = 'AFTER_SUBMIT',
  AFTER_PASS = 'AFTER_PASS',
}
registerEnumType(FeedbackPolicyName, {
  name: 'FeedbackPolicy',
  description: 'When learners see correctness, explanations, answers and passages to review.',
  valuesMap: { AFTER_PASS: { description: 'On every attempt, once the learner has passed the quiz.' } },
});

export enum ScoringRuleName {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  PARTIAL_CREDIT = 'PARTIAL_CREDIT',
}
registerEnumType(ScoringRuleName, {
  name: 'ScoringRule',
  valuesMap: { PARTIAL_CREDIT: { description: 'Multiple choice earns (correct chosen - wrong chosen) / correct, at least 0.' } },
});

export enum QuizVersionStatusName {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(QuizVersionStatusName, { name: 'QuizVersionStatus' });

@ObjectType()
export class AuthoredOption {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field()
  correct: boolean;
}

@ObjectType({ description: 'A question with its answer key, for instructors.' })
export class AuthoredQuestion {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stays the same across versions.' })
  key: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionTypeName)
  type: QuestionTypeName;

  @Field()
  prompt: string;

  @Field()
  explanation: string;

  @Field(() => String, { nullable: true, description: 'The source passage the question tests, if it tests one.' })
  passageAnchor: string | null;

  @Field(() => [String], { description: "Keys of the course's references that support the answer." })
  referenceKeys: string[];

  @Field(() => [AuthoredOption])
  options: AuthoredOption[];

  @Field(() => NumericAnswerKey, { nullable: true })
  numericAnswer: NumericAnswerKey | null;

  @Field(() => [String])
  acceptedAnswers: string[];
}

@ObjectType({ description: 'What a version changes compared with the version published before it.' })
export class QuizChanges {
  @Field(() => Int)
  comparedWithVersion: number;

  @Field(() => [String], { description: 'Keys of questions that are new.' })
  addedQuestions: string[];

  @Field(() => [String], { description: 'Keys of questions whose text, options or answer changed.' })
  changedQuestions: string[];

  @Field(() => [String], { description: 'Keys of questions that were archived.' })
  archivedQuestions: string[];

  @Field({ description: 'Whether questions kept from before appear in a different order.' })
  reordered: boolean;

  @Field(() => [String], { description: 'Names of settings that changed, such as passingScore.' })
  changedSettings: string[];
}

@ObjectType({ description: 'A quiz version as instructors edit it: the draft if there is one, else the published version.' })
export class AuthoredQuiz {
  @Field(() => ID, { description: 'The quiz id.' })
  id: string;

  @Field()
  slug: string;

  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => QuizVersionStatusName)
  status: QuizVersionStatusName;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  title: string;

  @Field(() => Int)
  passingScore: number;

  @Field(() => Int, { nullable: true })
  maxAttempts: number | null;

  @Field(() => Int)
  cooldownSeconds: number;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds: number | null;

  @Field(() => Int, { nullable: true, description: 'Questions drawn from the pool for each attempt; null shows all.' })
  drawCount: number | null;

  @Field()
  shuffleQuestions: boolean;

  @Field()
  shuffleOptions: boolean;

  @Field(() => FeedbackPolicyName)
  feedback: FeedbackPolicyName;

  @Field(() => ScoringRuleName)
  scoring: ScoringRuleName;

  @Field(() => [AuthoredQuestion])
  questions: AuthoredQuestion[];
}
