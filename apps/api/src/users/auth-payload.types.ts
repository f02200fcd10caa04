import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './users.types';

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'For API clients: send as `Authorization: Bearer <token>`. Browsers get an httpOnly cookie. Null when the address must be confirmed first.',
  })
  token: string | null;

  @Field(() => User, { nullable: true, description: 'Null when the address must be confirmed first.' })
  user: User | null;

  @Field({
    description:
      'True after signUp: a message went to the address, with a link to confirm it (new accounts) or a note that it already has one. Nothing says which.',
  })
  confirmationRequired: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when the password was right and the account has two-factor sign-in on: no session yet. Send it with a code to completeSignIn within 5 minutes; it works once.',
  })
  secondFactorChallenge?: string | null;
}
