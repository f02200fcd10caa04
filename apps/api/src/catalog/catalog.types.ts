import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A published course, as of its current version.' })
export class Course {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Float)
  creditHours: number;

  @Field(() => Int, { description: 'The published version this view shows.' })
  version: number;

  @Field({ description: 'Title of the source article the course is built from.' })
  sourceTitle: string;

  @Field({ description: 'The statement a learner confirms (acceptAttestation) before a certificate is issued.' })
  attestation: string;

  versionId: string;
  finalQuizId: string | null;
}

@ObjectType()
export class CourseModule {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @Field(() => [String])
  objectives: string[];

  // Plain fields rather than field resolvers: lessons and their passages come with the modules of
  // a version, read once per process, so there is nothing left to resolve per request.
  @Field(() => [Lesson])
  lessons: Lesson[];

  quizId: string | null;
}

@ObjectType()
export class Lesson {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @Field({ description: 'Rendered from Markdown and sanitised on the server.' })
  html: string;

  @Field(() => [SourcePassage], { description: 'The source passages this lesson cites, in citation order.' })
  sourcePassages: SourcePassage[];
}

@ObjectType({ description: 'An anchored paragraph of the source article that lessons and questions cite.' })
export class SourcePassage {
  @Field(() => ID)
  id: string;

  @Field()
  anchor: string;

  @Field()
  section: string;

  @Field()
  text: string;

  @Field(() => Int)
  position: number;
}
