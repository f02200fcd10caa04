import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../common/password-policy';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The `token` of the link in the password reset message.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `A password has at most ${MAX_PASSWORD_LENGTH} characters.` })
  password: string;
}
