import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import type { Role } from '../auth/policy.decorators';
import { RoleName } from '../users/users.types';

@InputType()
export class GroupRoleInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  group: string;

  @Field(() => RoleName)
  @IsEnum(RoleName)
  role: Role;
}

@InputType()
export class IdentityProviderInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to add a provider.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'A short name has lower-case letters, digits and dashes (up to 40), like "st-marys".' })
  slug: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the name people know the provider by.' })
  @MaxLength(80)
  displayName: string;

  @Field({ description: 'The issuer URL; its /.well-known/openid-configuration is read.' })
  @IsString()
  @MaxLength(500)
  issuer: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the client id the provider gave you.' })
  @MaxLength(200)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'Required for a new provider; leave out to keep the stored one.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientSecret?: string | null;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Name at least one email domain whose people sign in through this provider.' })
  @ArrayMaxSize(50)
  @Matches(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, { each: true, message: 'Email domains look like hospital.example.org.' })
  allowedDomains: string[];

  @Field({ defaultValue: 'groups' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  groupsClaim: string;

  @Field(() => [GroupRoleInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GroupRoleInput)
  groupRoles: GroupRoleInput[];

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled: boolean;
}
