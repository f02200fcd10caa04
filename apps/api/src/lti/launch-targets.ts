import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { publishedCourseBySlug } from '../catalog/published-courses.records';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { targetOf, type ResourceLaunch } from './launch-claims';
import { LtiRefusal } from './lti-refusal';

export interface LaunchTarget {
  courseId: string;
  courseSlug: string;
  quizId: string | null;
  /** The page of this site the learner lands on. */
  path: string;
}

/** The published course, or quiz of one, that a resource link leads to. */
@Injectable()
export class LaunchTargets {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(launch: ResourceLaunch): Promise<LaunchTarget> {
    const target = targetOf(launch, this.config.publicUrl);
    const published = target && (await publishedCourseBySlug(this.dataSource, target.courseSlug));
    const { modules, finalQuizId } = published?.outline ?? { modules: [], finalQuizId: null };
    const quizzes = [...modules.map((module) => module.quizId), finalQuizId];
    if (!target || !published || (target.quizId && !quizzes.includes(target.quizId))) {
      throw new LtiRefusal('LTI_TARGET_UNKNOWN', 'The link in the LMS leads to no published course or quiz here. Ask the instructor to place it again.', 400);
    }
    const coursePath = `/courses/${encodeURIComponent(published.course.slug)}`;
    return {
      courseId: published.course.id,
      courseSlug: published.course.slug,
      quizId: target.quizId,
      path: target.quizId ? `${coursePath}/quizzes/${encodeURIComponent(target.quizId)}` : coursePath,
    };
  }
}
