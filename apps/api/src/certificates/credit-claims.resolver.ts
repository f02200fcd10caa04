import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { ClaimCreditInput, CreditClaim, CreditClaimOptions, CreditClaimOptionsArgs } from './credit-claims.types';
import { CreditClaimsService } from './credit-claims.service';

@Resolver(() => CreditClaim)
export class CreditClaimsResolver {
  constructor(private readonly claims: CreditClaimsService) {}

  @Query(() => CreditClaimOptions, { description: "What the viewer may claim for a course: the offers their profession may claim, the time measured, what must happen first, and the claim once made." })
  @SignedIn()
  async creditClaimOptions(@Args() { courseSlug }: CreditClaimOptionsArgs, @Context() context: RequestContext): Promise<CreditClaimOptions> {
    return this.claims.options((await context.viewer())!.id, courseSlug);
  }

  @Mutation(() => CreditClaim, {
    description:
      'Claims credit on the certificate in force for the course, once. Refused with NOT_ELIGIBLE (no certificate in force), EVALUATION_REQUIRED, CREDIT_PROFILE_REQUIRED, CREDIT_NOT_FOR_PROFESSION, ATTESTATION_REQUIRED (more than the time measured, without `attest`), ALREADY_CLAIMED, or BAD_USER_INPUT with the field; a refusal stores nothing.',
  })
  @SignedIn()
  async claimCredit(@Args('input') input: ClaimCreditInput, @Context() context: RequestContext): Promise<CreditClaim> {
    return this.claims.claim((await context.viewer())!.id, input);
  }
}
