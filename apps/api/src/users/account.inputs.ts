import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { DisplayNameField } from './display-name.field';
import { IsAllowedPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../common/password-policy';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class SignUpInput {
  @Field()
  @trimmed
  @IsEmail({}, { message: 'Enter an email address like name@example.com.' })
  @MaxLength(254, { message: 'An email address has at most 254 characters.' })
  email: string;

  @DisplayNameField()
  name: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `A password has at most ${MAX_PASSWORD_LENGTH} characters.` })
  @IsAllowedPassword()
  password: string;
}

@ArgsType()
export class SignInArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

@ArgsType()
export class ConfirmEmailArgs {
  @Field({ description: 'The `token` of the link in the confirmation message.' })
  @IsString()
  @MaxLength(200)
  token: string;
}

@ArgsType()
export class ResendConfirmationArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;
}
