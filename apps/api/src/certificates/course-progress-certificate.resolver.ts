import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CourseProgress } from '../progress/progress.types';
import { attestationAccepted } from './attestation-records';
import { certificateOfLearnerInCourse } from './certificate-records';
import { certificateView } from './certificate-view';
import { Certificate } from './certificates.types';

/** The certificate side of a learner's own progress in a course: the dashboard shows both together. */
@Resolver(() => CourseProgress)
@SignedIn()
export class CourseProgressCertificateResolver {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => Certificate, {
    nullable: true,
    description: "The learner's certificate for the course: the one in force if any, else the most recent.",
  })
  async certificate(@Parent() progress: CourseProgress, @Context() context: RequestContext): Promise<Certificate | null> {
    const viewer = (await context.viewer())!;
    const record = await certificateOfLearnerInCourse(this.dataSource, viewer.id, progress.course.id);
    return record ? certificateView(record, this.config) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the learner has accepted the attestation a certificate requires.' })
  async attestationAccepted(@Parent() progress: CourseProgress, @Context() context: RequestContext): Promise<boolean> {
    const viewer = (await context.viewer())!;
    return attestationAccepted(this.dataSource, viewer.id, progress.course.id);
  }
}
