import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType({ description: 'A quiz as learners see it: settings and size, never an answer.' })
export class Quiz {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Score from 0 to 100 needed to pass.' })
  passingScore: number;

  @Field(() => Int, { nullable: true, description: 'Null means unlimited attempts.' })
  maxAttempts: number | null;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds: number | null;

  @Field(() => Int, { description: 'Questions in one attempt.' })
  questionCount: number;

  @Field(() => Int)
  version: number;

  versionId: string;
}

export enum QuestionTypeName {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TRUE_FALSE = 'TRUE_FALSE',
  NUMERIC = 'NUMERIC',
  SHORT_TEXT = 'SHORT_TEXT',
}
registerEnumType(QuestionTypeName, { name: 'QuestionType' });
