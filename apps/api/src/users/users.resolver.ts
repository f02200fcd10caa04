import { Args, ArgsType, Context, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { PageArgs } from '../common/pagination';
import { AuditService } from '../audit/audit.service';
import { AuditEntryConnection } from '../audit/audit.types';
import { RoleName, User, UserConnection } from './users.types';
import { UsersService } from './users.service';

@ArgsType()
class UsersArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of a name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
class SetUserRolesArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  userId: string;

  @Field(() => [RoleName])
  @ArrayMaxSize(3)
  roles: RoleName[];
}

@Resolver(() => User)
@Roles('ADMIN')
export class UsersResolver {
  constructor(
    private readonly accounts: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => UserConnection)
  users(@Args() { search, first, after }: UsersArgs) {
    return this.accounts.list(search, first, after);
  }

  @Mutation(() => User, { description: 'Replaces the roles of an account; audited.' })
  async setUserRoles(@Args() { userId, roles }: SetUserRolesArgs, @Context() context: RequestContext) {
    return this.accounts.setRoles((await context.viewer())!.id, userId, roles);
  }

  @Query(() => AuditEntryConnection, { description: 'Newest first.' })
  auditLog(@Args() { first, after }: PageArgs) {
    return this.audit.entries(first, after);
  }
}
