import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../common/json.scalar';
import { ConnectionType } from '../common/pagination';

@ObjectType({ description: 'Who did what to whom, and when. Written in the same transaction as the change.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field(() => String, { nullable: true, description: 'The account that acted; null for the platform itself.' })
  actorEmail: string | null;

  @Field(() => String, { nullable: true })
  subjectEmail: string | null;

  @Field(() => GraphQLJSONObject)
  details: Record<string, unknown>;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry, 'AuditEntry') {}
