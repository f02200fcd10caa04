import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../common/json.scalar';
import { ConnectionType } from '../common/pagination';

export enum LearningVerb {
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  STARTED = 'STARTED',
  SUBMITTED = 'SUBMITTED',
  EXPIRED = 'EXPIRED',
  ISSUED = 'ISSUED',
  REVOKED = 'REVOKED',
}
registerEnumType(LearningVerb, {
  name: 'LearningVerb',
  description: 'What the learner did; each maps to an xAPI verb when statements are sent to a learning record store.',
  valuesMap: {
    ENROLLED: { description: 'Enrolled in a course (xAPI registered).' },
    COMPLETED: { description: 'Completed a lesson (xAPI completed).' },
    STARTED: { description: 'Started a quiz attempt (xAPI attempted).' },
    SUBMITTED: { description: 'Submitted a quiz attempt, which was graded (xAPI scored).' },
    EXPIRED: { description: 'Ran out of time on a quiz attempt, which was graded on the saved answers (xAPI scored).' },
    ISSUED: { description: 'Was issued a certificate (xAPI earned).' },
    REVOKED: { description: 'Had a certificate revoked.' },
  },
});

export enum LearningObjectType {
  COURSE = 'COURSE',
  LESSON = 'LESSON',
  QUIZ_ATTEMPT = 'QUIZ_ATTEMPT',
  CERTIFICATE = 'CERTIFICATE',
}
registerEnumType(LearningObjectType, { name: 'LearningObjectType' });

@ObjectType({ description: 'One learning event, stored once, shaped after an xAPI statement.' })
export class LearningEvent {
  @Field(() => ID, { description: 'Stable; usable as the xAPI statement id.' })
  id: string;

  @Field(() => ID, { description: 'The learner the event is about (the statement actor).' })
  learnerId: string;

  @Field()
  learnerName: string;

  @Field()
  learnerEmail: string;

  @Field(() => LearningVerb)
  verb: `${LearningVerb}`;

  @Field(() => LearningObjectType)
  objectType: `${LearningObjectType}`;

  @Field(() => ID)
  objectId: string;

  @Field({ description: 'The title of the course, lesson or quiz when the event happened.' })
  objectName: string;

  @Field()
  courseSlug: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'score and passed for graded attempts; durationSeconds for lessons.' })
  result: Record<string, unknown> | null;

  @Field()
  occurredAt: Date;
}

@ObjectType()
export class LearningEventConnection extends ConnectionType(LearningEvent, 'LearningEvent') {}
