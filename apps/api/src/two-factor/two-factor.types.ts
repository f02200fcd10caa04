import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The signed-in account's two-factor sign-in." })
export class TwoFactorStatus {
  @Field()
  enabled: boolean;

  @Field({ description: 'True for admins and reviewers: their role is refused (TWO_FACTOR_REQUIRED) until two-factor is on.' })
  required: boolean;

  @Field(() => Int)
  recoveryCodesLeft: number;
}

@ObjectType({ description: 'A new secret for an authenticator app; two-factor is on only once confirmTwoFactorSetup accepts a first code.' })
export class TwoFactorSetup {
  @Field({ description: 'For typing into the app by hand (base32).' })
  secret: string;

  @Field({ description: 'The otpauth:// address the QR code holds.' })
  otpauthUri: string;

  @Field({ description: 'The QR code, as a PNG data URL.' })
  qrCode: string;
}

@ObjectType({ description: 'Shown this once: each signs in once in place of a code from the app. Only their hashes are kept.' })
export class RecoveryCodes {
  @Field(() => [String])
  codes: string[];
}
