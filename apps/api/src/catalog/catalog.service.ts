import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Course } from './catalog.types';

const PUBLISHED_COURSE = `
  SELECT c.id, c.slug, v.id AS "versionId", v.version, v.title, v.summary,
         v.credit_hours::float8 AS "creditHours", v.source_title AS "sourceTitle", v.final_quiz_id AS "finalQuizId"
    FROM course c JOIN course_version v ON v.id = c.published_version_id`;

@Injectable()
export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  publishedCourses(): Promise<Course[]> {
    return this.dataSource.query(`${PUBLISHED_COURSE} ORDER BY v.title, c.slug`);
  }

  async publishedCourse(slug: string): Promise<Course | null> {
    const [course] = await this.dataSource.query(`${PUBLISHED_COURSE} WHERE c.slug = $1`, [slug]);
    return course ?? null;
  }
}
