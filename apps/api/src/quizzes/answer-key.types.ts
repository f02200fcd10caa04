import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('NumericAnswer', {
  description: 'The right number: value ± tolerance, or min to max inclusive. Never shown to learners before feedback.',
})
export class NumericAnswerKey {
  @Field(() => Float, { nullable: true })
  value?: number;

  @Field(() => Float, { nullable: true })
  tolerance?: number;

  @Field(() => Float, { nullable: true })
  min?: number;

  @Field(() => Float, { nullable: true })
  max?: number;
}
