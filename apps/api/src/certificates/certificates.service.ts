import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { dayOf } from '../common/dates';
import { PlatformError } from '../common/errors';
import { decodeCursor, isTimestamp, isUuid, toConnection, type Connection } from '../common/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CertificateIssuingService } from './certificate-issuing.service';
import { certificatesOfCourse, certificatesOfHolder, findCertificate, type CertificateRecord } from './certificate-records';
import { revokeWithin } from './certificate-revocation';
import { certificateView } from './certificate-view';
import type { Certificate } from './certificates.types';
import { publishedCourseId } from './published-course';

@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuing: CertificateIssuingService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(admin: Viewer, order: { userId: string; courseSlug: string; overrideReason?: string; idempotencyKey?: string }): Promise<Certificate> {
    const courseId = await publishedCourseId(this.dataSource, order.courseSlug);
    return this.view(await this.issuing.issue({ ...order, courseId, actorId: admin.id }));
  }

  /** Permanent: the status list entry is set from then on and the verify page says REVOKED with the date. */
  async revoke(admin: Viewer, certificateId: string, reason: string): Promise<Certificate> {
    return this.dataSource.transaction(async (manager) => {
      const certificate = await findCertificate(manager, certificateId);
      if (!certificate) throw new PlatformError('NOT_FOUND', 'No certificate has that id.');
      await revokeWithin(manager, this.audit, {
        adminId: admin.id,
        certificate,
        reason,
        alreadyRevoked: `This certificate was already revoked on ${dayOf(certificate.revokedAt!)}; a revocation is permanent.`,
      });
      return this.view((await findCertificate(manager, certificate.id))!);
    });
  }

  /** Every certificate the learner has held, newest first, expired and revoked ones included. */
  async mine(viewer: Viewer): Promise<Certificate[]> {
    const records = await certificatesOfHolder(this.dataSource, viewer.id);
    return records.map((record) => this.view(record));
  }

  async ofCourse(courseSlug: string, first = 20, after?: string): Promise<Connection<Certificate>> {
    const courseId = await publishedCourseId(this.dataSource, courseSlug);
    const cursor = decodeCursor(after, (key) => key.length === 2 && isTimestamp(key[0]) && isUuid(key[1]));
    const records = await certificatesOfCourse(this.dataSource, courseId, cursor ? [cursor[0], cursor[1]] : null, first + 1);
    return toConnection(records, first, (record) => [record.cursorTime, record.id], (record) => this.view(record));
  }

  private view(record: CertificateRecord): Certificate {
    return certificateView(record, this.config);
  }
}
