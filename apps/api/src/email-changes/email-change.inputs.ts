import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ChangeEmailArgs {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Enter an email address like name@example.com.' })
  @MaxLength(254, { message: 'An email address has at most 254 characters.' })
  newEmail: string;

  @Field({ description: 'The account’s current password: a session alone cannot move the account elsewhere.' })
  @IsString()
  @MaxLength(200)
  currentPassword: string;
}

@ArgsType()
export class ConfirmEmailChangeArgs {
  @Field({ description: 'The `token` of the link in the message sent to the new address.' })
  @IsString()
  @MaxLength(200)
  token: string;
}
