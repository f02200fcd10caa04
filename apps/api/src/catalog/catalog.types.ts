import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Accreditation, Disclosures } from './accreditation.types';

export enum AppraisalVerdict {
  CONSISTENT = 'CONSISTENT',
  OUTDATED = 'OUTDATED',
  INCORRECT = 'INCORRECT',
  UNSUPPORTED = 'UNSUPPORTED',
  PROMOTIONAL = 'PROMOTIONAL',
}
registerEnumType(AppraisalVerdict, {
  name: 'AppraisalVerdict',
  description: 'What current evidence says of a source passage.',
  valuesMap: {
    CONSISTENT: { description: 'Agrees with current evidence.' },
    OUTDATED: { description: 'Was held once; current evidence says otherwise.' },
    INCORRECT: { description: 'Wrong, whatever its date.' },
    UNSUPPORTED: { description: 'Claimed without evidence that supports it.' },
    PROMOTIONAL: { description: 'Marketing language, not a claim to learn.' },
  },
});

@ObjectType({ description: 'A work the course cites: prescribing information, a trial, a classification, a guideline.' })
export class Reference {
  @Field({ description: 'What authors cite it by, and the anchor `#reference-<key>` on lesson pages.' })
  key: string;

  @Field(() => Int, { description: "Its number in the course's reference list, as lessons cite it: [number]." })
  number: number;

  @Field()
  title: string;

  @Field({ description: 'Publisher or journal.' })
  publisher: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true, description: 'DOI, PMID or another identifier.' })
  identifier: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field({ description: 'When the course team read it (YYYY-MM-DD).' })
  readOn: string;
}

@ObjectType({ description: "Where the course's source article came from." })
export class SourceProvenance {
  @Field()
  publisher: string;

  @Field({ description: 'Such as "promotional article" or "review article".' })
  type: string;

  @Field({ description: 'As the source gives it (YYYY-MM-DD, YYYY-MM, YYYY) or "undated".' })
  date: string;
}

@ObjectType({ description: 'What current evidence says of a source passage, with the references that say it.' })
export class PassageAppraisal {
  @Field(() => AppraisalVerdict)
  verdict: AppraisalVerdict;

  @Field(() => String, { nullable: true, description: 'The correction, rendered from Markdown and sanitised on the server.' })
  correctionHtml: string | null;

  @Field(() => [Reference])
  references: Reference[];
}

/** A course version's description beyond its title: read once per version, like its modules. */
export interface CourseAbout {
  /** Null for versions imported before packages stated them. */
  accreditation: Accreditation | null;
  disclosures: Disclosures | null;
  audience: string | null;
  scope: string | null;
  sourceProvenance: SourceProvenance | null;
  estimatedMinutes: number | null;
  references: Reference[];
}

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

  @Field(() => [Reference], { description: 'The references this lesson cites, in citation order.' })
  references: Reference[];
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

  @Field(() => PassageAppraisal, { nullable: true, description: 'Null only in course versions published before passages were appraised.' })
  appraisal: PassageAppraisal | null;
}
