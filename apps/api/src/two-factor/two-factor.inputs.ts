import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class TwoFactorCodeArgs {
  @Field({ description: 'Six digits from the authenticator app (or, where allowed, a recovery code).' })
  @IsString()
  @MaxLength(40)
  code: string;
}

@ArgsType()
export class ResetTwoFactorArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an account from the list.' })
  userId: string;
}
