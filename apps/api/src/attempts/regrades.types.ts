import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RegradeModeName {
  CORRECTED_KEYS = 'CORRECTED_KEYS',
  CREDIT_ALL = 'CREDIT_ALL',
}
registerEnumType(RegradeModeName, {
  name: 'RegradeMode',
  valuesMap: {
    CORRECTED_KEYS: { description: "Attempts at earlier versions are graded by the published version's answer keys, question by question (matched by key)." },
    CREDIT_ALL: { description: 'One question, by key, gives everyone who was shown it full credit, answered or not.' },
  },
});

export enum RegradeStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETE = 'COMPLETE',
}
registerEnumType(RegradeStatus, { name: 'RegradeStatus' });

@ObjectType({ description: "One attempt whose score or pass a regrade changes (or would, in a dry run)." })
export class RegradeChange {
  @Field(() => ID)
  attemptId: string;

  @Field()
  learnerName: string;

  @Field()
  learnerEmail: string;

  @Field(() => Int)
  attemptNumber: number;

  @Field(() => Int, { description: 'The quiz version the attempt was taken at.' })
  quizVersion: number;

  @Field(() => Float)
  oldScore: number;

  @Field(() => Float)
  newScore: number;

  @Field()
  oldPassed: boolean;

  @Field()
  newPassed: boolean;
}

@ObjectType({ description: 'What a regrade would change, computed without writing anything.' })
export class RegradePreview {
  @Field(() => RegradeModeName)
  mode: RegradeModeName | `${RegradeModeName}`;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field(() => Int, { description: 'The published version whose keys would apply.' })
  keyVersion: number;

  @Field(() => Int, { description: 'Graded attempts looked at.' })
  attemptsExamined: number;

  @Field(() => Int, { description: 'Attempts still open: they would be graded by the regrade when they close.' })
  attemptsOpen: number;

  @Field(() => Int)
  nowPassing: number;

  @Field(() => Int)
  nowFailing: number;

  @Field(() => [RegradeChange], { description: 'Every attempt whose score or pass would change, by learner name.' })
  changes: RegradeChange[];
}

@ObjectType({ description: 'A regrade of a quiz and how far its job has got.' })
export class Regrade {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  quizId: string;

  @Field()
  quizTitle: string;

  @Field(() => RegradeModeName)
  mode: RegradeModeName | `${RegradeModeName}`;

  @Field(() => String, { nullable: true })
  questionKey: string | null;

  @Field(() => Int)
  keyVersion: number;

  @Field(() => RegradeStatus)
  status: RegradeStatus | `${RegradeStatus}`;

  @Field()
  requestedAt: Date;

  @Field()
  requestedByName: string;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Attempts in its scope when it was requested, open ones included.' })
  attemptsTotal: number;

  @Field(() => Int, { description: 'Graded attempts the job has regraded so far.' })
  attemptsDone: number;

  @Field(() => Int, { description: 'Attempts that were open when the job reached them: graded by the regrade when they close.' })
  attemptsOpen: number;

  @Field(() => Int, { description: 'Attempts whose score or pass changed.' })
  resultsChanged: number;

  @Field(() => Int)
  nowPassing: number;

  @Field(() => Int)
  nowFailing: number;
}

@ObjectType({ description: 'A regrade that changed this attempt: when, why, and the result before and after.' })
export class AttemptRegradeNote {
  @Field(() => ID)
  regradeId: string;

  @Field()
  regradedAt: Date;

  @Field(() => RegradeModeName)
  mode: RegradeModeName | `${RegradeModeName}`;

  @Field({ description: 'Why the attempt was graded again, in words for the learner.' })
  reason: string;

  @Field(() => Float)
  oldScore: number;

  @Field(() => Float)
  newScore: number;

  @Field()
  oldPassed: boolean;

  @Field()
  newPassed: boolean;
}
