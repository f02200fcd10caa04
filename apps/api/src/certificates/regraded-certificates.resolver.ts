import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { RegradedCertificatesService } from './regraded-certificates.service';
import { DecideRegradedCertificateArgs, RegradeCertificateDecision, RegradedCertificate } from './regraded-certificates.types';

@Resolver(() => RegradedCertificate)
@Roles('ADMIN')
export class RegradedCertificatesResolver {
  constructor(private readonly regraded: RegradedCertificatesService) {}

  @Query(() => [RegradedCertificate], {
    description: 'Certificates whose holder no longer passes after a regrade, awaiting a decision; none is revoked without one. Most recently regraded first.',
  })
  certificatesAfterRegrades() {
    return this.regraded.awaitingDecision();
  }

  @Mutation(() => RegradeCertificateDecision, { description: 'Keeps or revokes a certificate a regrade put in doubt, with a reason; audited.' })
  async decideRegradedCertificate(@Args() order: DecideRegradedCertificateArgs, @Context() context: RequestContext) {
    return this.regraded.decide((await context.viewer())!, order);
  }
}
