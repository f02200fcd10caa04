import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LearningRecordDeliveryStatus {
  WAITING = 'WAITING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(LearningRecordDeliveryStatus, { name: 'LearningRecordDeliveryStatus' });

@ObjectType({ description: 'The Learning Record Store that xAPI statements go to. Its secret is kept sealed and never answered.' })
export class LearningRecordStoreSettings {
  @Field({ description: "The LRS's xAPI address; statements go to <endpoint>/statements." })
  endpoint: string;

  @Field({ description: 'The Basic authentication key (user name) the LRS issued.' })
  authKey: string;

  @Field()
  enabled: boolean;

  @Field({ description: 'Events recorded from then on are sent; earlier ones only when an admin sends them.' })
  sendsFrom: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'One learning event on its way to the LRS.' })
export class LearningRecordDelivery {
  @Field(() => ID, { description: 'The learning event; the statement id is derived from it.' })
  eventId: string;

  @Field(() => ID)
  statementId: string;

  @Field(() => ID)
  learnerId: string;

  @Field({ description: 'What the learner did: ENROLLED, COMPLETED, STARTED, SUBMITTED, EXPIRED, ISSUED or REVOKED.' })
  verb: string;

  @Field({ description: 'COURSE, LESSON, QUIZ_ATTEMPT or CERTIFICATE.' })
  objectType: string;

  @Field()
  objectName: string;

  @Field()
  occurredAt: Date;

  @Field(() => LearningRecordDeliveryStatus)
  status: LearningRecordDeliveryStatus;

  @Field(() => Int)
  tries: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When a waiting delivery is tried next.' })
  nextTryAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was sent, or given up on.' })
  settledAt: Date | null;
}

@ObjectType({ description: 'How the statements are getting on: counts, the latest sent, and what went wrong.' })
export class LearningRecordQueue {
  @Field(() => Int, { description: 'Events waiting to be sent, those being retried among them.' })
  waiting: number;

  @Field(() => Int, { description: 'Waiting events whose last try failed.' })
  retrying: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int, { description: 'Events given up on: refused by the LRS, not valid xAPI, or out of tries.' })
  failed: number;

  @Field(() => [LearningRecordDelivery], { description: 'The latest failed and retrying deliveries, newest first.' })
  problems: LearningRecordDelivery[];

  @Field(() => [LearningRecordDelivery], { description: 'The latest statements sent, newest first.' })
  recentlySent: LearningRecordDelivery[];
}
