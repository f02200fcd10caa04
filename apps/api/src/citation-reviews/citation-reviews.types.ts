import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CitingKindName {
  LESSON = 'LESSON',
  QUESTION = 'QUESTION',
}
registerEnumType(CitingKindName, { name: 'CitingKind' });

export enum CitedKindName {
  PASSAGE = 'PASSAGE',
  REFERENCE = 'REFERENCE',
}
registerEnumType(CitedKindName, { name: 'CitedKind' });

export enum ClearedInName {
  PLATFORM = 'PLATFORM',
  PACKAGE = 'PACKAGE',
}
registerEnumType(ClearedInName, {
  name: 'ClearedIn',
  valuesMap: {
    PLATFORM: { description: 'By a reviewer or admin in the app.' },
    PACKAGE: { description: "In the course package's reviewed-citations.yaml (npm run content:review)." },
  },
});

@ObjectType({ description: 'Who cleared a flagged citation, when and why. Never changed afterwards.' })
export class CitationClearance {
  @Field()
  clearedAt: Date;

  @Field({ description: "The account's name, or the reviewer the package names." })
  clearedBy: string;

  @Field(() => ClearedInName)
  clearedIn: ClearedInName;

  @Field()
  note: string;
}

@ObjectType({
  description: 'A lesson or question of a course version that cites a passage or reference changed since it was last reviewed.',
})
export class CitationReview {
  @Field(() => ID)
  id: string;

  @Field()
  courseSlug: string;

  @Field(() => Int)
  courseVersion: number;

  @Field(() => CitingKindName)
  citingKind: CitingKindName;

  @Field(() => String, { nullable: true, description: 'The citing lesson; null for a question.' })
  lessonSlug: string | null;

  @Field(() => String, { nullable: true, description: "The citing question's quiz; null for a lesson." })
  quizSlug: string | null;

  @Field(() => String, { nullable: true, description: 'The citing question, by its key in the quiz; null for a lesson.' })
  questionKey: string | null;

  @Field(() => CitedKindName)
  citedKind: CitedKindName;

  @Field({ description: "The passage's anchor or the reference's id." })
  citedKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'The passage (with its appraisal) or reference as last reviewed; null when only the package\'s record knows it.',
  })
  reviewedText: string | null;

  @Field({ description: 'The passage (with its appraisal) or reference as this version has it.' })
  currentText: string;

  @Field()
  flaggedAt: Date;

  @Field(() => CitationClearance, { nullable: true, description: 'Null while the citation still needs review.' })
  clearance: CitationClearance | null;
}
