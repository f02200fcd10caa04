import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum QuestionFlagName {
  MISLEADS_STRONG_LEARNERS = 'MISLEADS_STRONG_LEARNERS',
  TOO_EASY = 'TOO_EASY',
  TOO_HARD = 'TOO_HARD',
  DISTRACTOR_ATTRACTS_STRONG_LEARNERS = 'DISTRACTOR_ATTRACTS_STRONG_LEARNERS',
}
registerEnumType(QuestionFlagName, { name: 'QuestionFlag' });

@ObjectType()
export class OptionAnalysis {
  @Field(() => ID)
  optionId: string;

  @Field()
  text: string;

  @Field()
  correct: boolean;

  @Field(() => Float, { description: 'Share of attempts that chose this option, 0 to 1.' })
  chosenShare: number;

  @Field(() => Float, { nullable: true, description: 'Among the top 27% of attempts by score.' })
  upperChosenShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Among the bottom 27% of attempts by score.' })
  lowerChosenShare: number | null;
}

@ObjectType()
export class QuestionAnalysis {
  @Field(() => ID)
  questionId: string;

  @Field()
  key: string;

  @Field()
  prompt: string;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { description: 'Submitted attempts that showed this question.' })
  attempts: number;

  @Field(() => Float, { description: 'Share of those attempts with full credit, 0 to 1.' })
  shareCorrect: number;

  @Field(() => Float, { nullable: true, description: 'Corrected point-biserial correlation with the rest of the score, -1 to 1.' })
  discrimination: number | null;

  @Field(() => Float, { nullable: true, description: 'Share correct in the top 27% minus the bottom 27%.' })
  upperLowerIndex: number | null;

  @Field(() => [OptionAnalysis])
  options: OptionAnalysis[];

  @Field(() => [QuestionFlagName])
  flags: QuestionFlagName[];
}

@ObjectType()
export class ItemAnalysis {
  @Field(() => ID)
  quizId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: 'Submitted or expired attempts of this version.' })
  attempts: number;

  @Field(() => [QuestionAnalysis])
  questions: QuestionAnalysis[];
}
