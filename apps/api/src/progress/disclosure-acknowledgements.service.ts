import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { publishedDisclosuresBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { insertAcknowledgement } from './disclosure-acknowledgements.records';
import type { DisclosureAcknowledgement } from './disclosure-acknowledgements.types';

@Injectable()
export class DisclosureAcknowledgementsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records that the learner saw the disclosures of the course's published version; acknowledging
   * again answers the first record. With `versionSeen`, a version published since the learner
   * opened the page is refused, as its disclosures may differ from those they read.
   */
  acknowledge(userId: string, courseSlug: string, versionSeen: number | null): Promise<DisclosureAcknowledgement> {
    return this.dataSource.transaction(async (manager) => {
      const published = await publishedDisclosuresBySlug(manager, courseSlug);
      if (!published) throw new PlatformError('NOT_FOUND', `No published course has the slug "${courseSlug}".`);
      if (!published.statesDisclosures) {
        throw new PlatformError('BAD_USER_INPUT', 'This version of the course states no disclosures to acknowledge.');
      }
      if (versionSeen !== null && versionSeen !== published.version) {
        const message = `Version ${published.version} of this course has been released since you opened it: read its disclosures, then acknowledge them.`;
        throw new PlatformError('BAD_USER_INPUT', message, { fields: { version: message } });
      }
      const row = await insertAcknowledgement(manager, { userId, courseId: published.courseId, courseVersionId: published.versionId });
      return { courseSlug, version: published.version, acknowledgedAt: row.acknowledgedAt };
    });
  }
}
