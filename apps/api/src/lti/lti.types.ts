import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An LMS the tool is registered with for LTI 1.3 launches.' })
export class LtiPlatform {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field()
  loginUrl: string;

  @Field()
  accessTokenUrl: string;

  @Field()
  keySetUrl: string;

  @Field(() => [String])
  deploymentIds: string[];
}

@ObjectType({ description: 'What an LMS admin enters to register this tool at the LMS.' })
export class LtiToolConfiguration {
  @Field({ description: 'OpenID Connect login initiation URL.' })
  loginUrl: string;

  @Field({ description: 'The launch (redirect) URL, where the LMS posts the id token.' })
  launchUrl: string;

  @Field({ description: 'The tool’s public key set.' })
  keySetUrl: string;

  @Field({ description: 'Where the LMS sends an instructor to place a course or quiz (deep linking).' })
  deepLinkingUrl: string;
}
