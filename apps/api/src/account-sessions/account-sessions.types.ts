import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ObjectType({ description: 'A signed-in session of the account, as its holder sees it on the account page.' })
export class AccountSession {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The browser and system, from the User-Agent header: "Firefox on Windows".' })
  device: string;

  @Field(() => String, { nullable: true, description: 'The network address it was last used from.' })
  address: string | null;

  @Field()
  signedInAt: Date;

  @Field({ description: 'When it was last used, to within 5 minutes.' })
  lastSeenAt: Date;

  @Field({ description: 'True for the session this request came with.' })
  current: boolean;
}

@ArgsType()
export class EndSessionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'A session id is a UUID.' })
  sessionId: string;
}
