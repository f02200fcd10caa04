import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'What the LMS admin reads off the LMS when registering this tool there.' })
export class LtiPlatformInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to register a platform.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ description: 'What admins call the LMS, e.g. "Trust Moodle".' })
  @IsString()
  @MinLength(1, { message: 'Enter a name for the LMS.' })
  @MaxLength(80)
  name: string;

  @Field({ description: 'The platform issuer (iss), exactly as the LMS states it.' })
  @IsString()
  @MaxLength(500)
  issuer: string;

  @Field({ description: 'The client id the LMS gave this tool.' })
  @IsString()
  @MinLength(1, { message: 'Enter the client id the LMS gave the tool.' })
  @MaxLength(255)
  clientId: string;

  @Field({ description: 'The LMS’s OpenID Connect authentication (login) URL.' })
  @IsString()
  @MaxLength(500)
  loginUrl: string;

  @Field({ description: 'The LMS’s OAuth 2 access token URL.' })
  @IsString()
  @MaxLength(500)
  accessTokenUrl: string;

  @Field({ description: 'The URL of the LMS’s public key set (JWKS).' })
  @IsString()
  @MaxLength(500)
  keySetUrl: string;

  @Field(() => [String], { description: 'The deployment ids of the tool at the LMS; launches from others are refused.' })
  @ArrayMinSize(1, { message: 'Enter at least one deployment id.' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'A deployment id cannot be empty.' })
  @MaxLength(255, { each: true })
  deploymentIds: string[];
}
