import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../auth/policy.decorators';
import { Course } from '../catalog/catalog.types';
import type { RequestContext } from '../common/request-context';
import { DisclosureAcknowledgementsService } from './disclosure-acknowledgements.service';
import { AcknowledgeDisclosuresArgs, DisclosureAcknowledgement } from './disclosure-acknowledgements.types';

@Resolver(() => Course)
export class DisclosureAcknowledgementsResolver {
  constructor(private readonly acknowledgements: DisclosureAcknowledgementsService) {}

  @Mutation(() => DisclosureAcknowledgement, {
    description: "Records that the viewer saw the disclosures of the course's published version, which the first lesson asks for.",
  })
  @SignedIn()
  async acknowledgeDisclosures(@Args() { courseSlug, version }: AcknowledgeDisclosuresArgs, @Context() context: RequestContext) {
    return this.acknowledgements.acknowledge((await context.viewer())!.id, courseSlug, version ?? null);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: "When the viewer acknowledged this version's disclosures; null for anonymous viewers and before they do.",
  })
  @Public()
  async disclosuresAcknowledgedAt(@Parent() course: Course, @Context() context: RequestContext): Promise<Date | null> {
    const viewer = await context.viewer();
    return viewer ? context.loaders.progress.disclosuresAcknowledgedAt.load({ userId: viewer.id, courseVersionId: course.versionId }) : null;
  }
}
