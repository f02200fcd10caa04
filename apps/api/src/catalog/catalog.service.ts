import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deepFreeze } from '../common/immutable-cache';
import { ChangeNotifications } from '../database/change-notifications';
import { HeardChangesCache } from '../database/heard-changes-cache';
import type { Course } from './catalog.types';
import {
  listPublishedCourses,
  publishedCourseRowBySlug,
  withPublishedContent,
  type PublishedCourse,
  type PublishedCourseRow,
} from './published-courses.records';

/**
 * Which courses are published, and as which version, kept in this process until any process
 * changes a course or a version: every course page asks, and courses seldom change.
 */
@Injectable()
export class CatalogService {
  private readonly publishedBySlug: HeardChangesCache<PublishedCourseRow | null>;
  private readonly publishedList: HeardChangesCache<readonly Course[]>;

  constructor(
    private readonly dataSource: DataSource,
    notifications: ChangeNotifications,
  ) {
    this.publishedBySlug = new HeardChangesCache(notifications, 'published_courses');
    this.publishedList = new HeardChangesCache(notifications, 'published_courses');
  }

  async publishedCourses(): Promise<Course[]> {
    return [...(await this.publishedList.get('all', async () => deepFreeze(await listPublishedCourses(this.dataSource))))];
  }

  /** With its completion rules and quiz limits, so the viewer's progress in it needs no second read. */
  async publishedCourse(slug: string): Promise<PublishedCourse | null> {
    const row = await this.publishedBySlug.get(slug, () => publishedCourseRowBySlug(this.dataSource, slug));
    return row && withPublishedContent(this.dataSource, row);
  }
}
