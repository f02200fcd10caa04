import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listPublishedCourses, publishedCoursesById } from '../catalog/published-courses.records';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { isUuid } from '../common/pagination';
import { publishedQuizzes } from '../quizzes/quiz-versions.records';
import { CLAIM } from './launch-claims';
import { openDeepLinking, takeDeepLinking } from './lti-launch-records';
import { ltiPlatformById } from './lti-platform-records';
import { LtiRefusal } from './lti-refusal';
import type { CourseChoice } from './lti-pages';
import { ToolKeyService } from './tool-key.service';

/** The LMS reads the answer at once; a short life keeps a copy from being posted later. */
const ANSWER_LIFETIME_SECONDS = 5 * 60;

/**
 * Deep Linking 2.0: an instructor launched from the LMS to place content; they choose a published
 * course or one of its quizzes, and the LMS gets a signed LtiDeepLinkingResponse naming it as an
 * LTI resource link, a quiz with a line item out of 100 so its grades come back.
 */
@Injectable()
export class DeepLinkingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toolKey: ToolKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async choices(requestId: string, userId: string): Promise<CourseChoice[]> {
    await this.request(requestId, userId);
    const courses = await this.placeable();
    return courses.map((course) => ({
      value: `course:${course.slug}`,
      label: `Course: ${course.title}`,
      quizzes: [...course.quizzes].map(([id, title]) => ({ value: `quiz:${course.slug}:${id}`, label: `Quiz: ${title}` })),
    }));
  }

  /** The signed answer and where to post it; the request is used once. */
  async answer(requestId: string, userId: string, content: string): Promise<{ returnUrl: string; jwt: string }> {
    const request = await this.request(requestId, userId);
    const platform = await ltiPlatformById(this.dataSource, request.platformId);
    const item = await this.contentItem(content);
    if (!platform || !item) throw new LtiRefusal('LTI_DEEP_LINKING_INVALID', 'Choose a published course or quiz.', 400);
    if (!(await takeDeepLinking(this.dataSource, request.id))) throw new LtiRefusal('LTI_DEEP_LINKING_INVALID', 'This placement was answered already.', 400);
    const jwt = await this.toolKey.sign(
      {
        iss: platform.clientId,
        aud: platform.issuer,
        nonce: randomBytes(16).toString('base64url'),
        [CLAIM.messageType]: 'LtiDeepLinkingResponse',
        [CLAIM.version]: '1.3.0',
        [CLAIM.deploymentId]: request.deploymentId,
        [CLAIM.contentItems]: [item],
        ...(request.data === null ? {} : { [CLAIM.deepLinkingData]: request.data }),
      },
      ANSWER_LIFETIME_SECONDS,
    );
    return { returnUrl: request.returnUrl, jwt };
  }

  private async request(requestId: string, userId: string) {
    const request = isUuid(requestId) ? await openDeepLinking(this.dataSource, requestId, userId) : undefined;
    if (!request) throw new LtiRefusal('LTI_DEEP_LINKING_INVALID', 'This placement was not started by you, was answered already or took too long. Start it again in the LMS.', 400);
    return request;
  }

  private async contentItem(content: string) {
    const [kind, slug, quizId] = content.split(':');
    const course = slug ? (await this.placeable()).find((published) => published.slug === slug) : undefined;
    if (!course) return null;
    const courseUrl = `${this.config.publicUrl}/courses/${encodeURIComponent(slug)}`;
    if (kind === 'course' && quizId === undefined) return { type: 'ltiResourceLink', title: course.title, url: courseUrl };
    const title = kind === 'quiz' && course.quizzes.get(quizId);
    if (!title) return null;
    return {
      type: 'ltiResourceLink',
      title,
      url: `${courseUrl}/quizzes/${encodeURIComponent(quizId)}`,
      lineItem: { scoreMaximum: 100, label: title, resourceId: quizId },
    };
  }

  /** Every published course with its published quizzes (module quizzes, then the final exam), titles by id. */
  private async placeable(): Promise<{ slug: string; title: string; quizzes: Map<string, string> }[]> {
    const courses = await listPublishedCourses(this.dataSource);
    const outlines = await publishedCoursesById(this.dataSource, courses.map((course) => course.id));
    const quizIdsOf = (courseId: string) => {
      const outline = outlines.get(courseId)?.outline;
      return [...(outline?.modules.map((module) => module.quizId) ?? []), outline?.finalQuizId].filter((id): id is string => !!id);
    };
    const titles = new Map((await publishedQuizzes(this.dataSource, courses.flatMap((course) => quizIdsOf(course.id)))).map((quiz) => [quiz.id, quiz.title]));
    return courses.map((course) => ({
      slug: course.slug,
      title: course.title,
      quizzes: new Map(quizIdsOf(course.id).flatMap((id) => (titles.has(id) ? [[id, titles.get(id)!] as const] : []))),
    }));
  }
}
