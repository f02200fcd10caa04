import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType({ description: 'A message written to the outbox folder because no SMTP server is set (SMTP_URL).' })
export class OutboxMessage {
  @Field()
  fileName: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  createdAt: Date;

  @Field()
  text: string;
}

@ArgsType()
export class OutboxArgs {
  @Field(() => Int, { nullable: true, description: 'Newest first; 1 to 100, 20 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}
