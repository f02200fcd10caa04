import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../users/users.types';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'For API clients: send as `Authorization: Bearer <token>`. Browsers get an httpOnly cookie.' })
  token: string;

  @Field(() => User)
  user: User;
}
