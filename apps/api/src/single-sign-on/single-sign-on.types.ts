import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '../auth/policy.decorators';
import { RoleName } from '../users/users.types';

@ObjectType({ description: 'Members of the group (as the provider names it in the groups claim) get the role when they sign in.' })
export class GroupRole {
  @Field()
  group: string;

  @Field(() => RoleName)
  role: Role;
}

@ObjectType({ description: 'An OpenID Connect provider that signs people in. The client secret is kept sealed and never answered.' })
export class IdentityProvider {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Names the provider in its sign-in address, /auth/sso/<slug>.' })
  slug: string;

  @Field({ description: 'Shown on the sign-in page: "Sign in with <displayName>".' })
  displayName: string;

  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field(() => [String], { description: 'Only addresses at these domains sign in through this provider.' })
  allowedDomains: string[];

  @Field({ description: 'The ID token claim that lists the person’s groups.' })
  groupsClaim: string;

  @Field(() => [GroupRole])
  groupRoles: GroupRole[];

  @Field()
  enabled: boolean;

  @Field({ description: 'The redirect URI to register at the provider.' })
  callbackUrl: string;
}

@ObjectType({ description: 'A provider offered on the sign-in page.' })
export class SignInProvider {
  @Field()
  slug: string;

  @Field()
  displayName: string;

  @Field({ description: 'Where the browser goes to start signing in (a page address, not a GraphQL operation).' })
  signInUrl: string;
}
