import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role } from '../auth/policy.decorators';
import { ConnectionType } from '../common/pagination';

export enum RoleName {
  LEARNER = 'LEARNER',
  INSTRUCTOR = 'INSTRUCTOR',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleName, { name: 'Role' });

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => [RoleName])
  roles: Role[];

  @Field()
  createdAt: Date;
}

@ObjectType()
export class UserConnection extends ConnectionType(User, 'User') {}
