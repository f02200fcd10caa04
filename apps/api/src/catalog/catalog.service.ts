import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Course } from './catalog.types';
import { listPublishedCourses, publishedCourseBySlug, type PublishedCourse } from './published-courses.records';

@Injectable()
export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  publishedCourses(): Promise<Course[]> {
    return listPublishedCourses(this.dataSource);
  }

  /** With its completion rules and quiz limits, so the viewer's progress in it needs no second read. */
  publishedCourse(slug: string): Promise<PublishedCourse | null> {
    return publishedCourseBySlug(this.dataSource, slug);
  }
}
