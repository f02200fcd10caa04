import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { publishedCourseBySlug, type PublishedCourse } from '../progress/learner-progress';
import type { Course } from './catalog.types';

const PUBLISHED_COURSE = `
  SELECT c.id, c.slug, v.id AS "versionId", v.version, v.title, v.summary,
         v.credit_hours::float8 AS "creditHours", v.source_title AS "sourceTitle", v.final_quiz_id AS "finalQuizId",
         v.certificate_policy->>'attestation' AS attestation
    FROM course c JOIN course_version v ON v.id = c.published_version_id`;

@Injectable()
export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  publishedCourses(): Promise<Course[]> {
    return this.dataSource.query(`${PUBLISHED_COURSE} ORDER BY v.title, c.slug`);
  }

  /** With its completion rules and quiz limits, so the viewer's progress in it needs no second read. */
  publishedCourse(slug: string): Promise<PublishedCourse | null> {
    return publishedCourseBySlug(this.dataSource, slug);
  }
}
