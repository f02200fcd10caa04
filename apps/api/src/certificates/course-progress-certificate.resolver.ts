import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CourseProgress } from '../progress/progress.types';
import { CERTIFICATE_RECORDS, certificateView } from './certificate-records';
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
    const [record] = await this.dataSource.query(
      `${CERTIFICATE_RECORDS} WHERE c.user_id = $1 AND c.course_id = $2
        ORDER BY (c.revoked_at IS NULL AND c.superseded_at IS NULL) DESC, c.issued_at DESC LIMIT 1`,
      [viewer.id, progress.course.id],
    );
    return record ? certificateView(record, this.config.publicUrl) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the learner has accepted the attestation a certificate requires.' })
  async attestationAccepted(@Parent() progress: CourseProgress, @Context() context: RequestContext): Promise<boolean> {
    const viewer = (await context.viewer())!;
    const rows = await this.dataSource.query(`SELECT 1 FROM certificate_attestation WHERE user_id = $1 AND course_id = $2`, [
      viewer.id,
      progress.course.id,
    ]);
    return rows.length > 0;
  }
}
