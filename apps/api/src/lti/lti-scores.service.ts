import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AttemptFollowers, type FollowedAttempt } from '../attempts/attempt-followers';
import { publishedCoursesById } from '../catalog/published-courses.records';
import { JobQueue } from '../jobs/job-queue.service';
import { SCORE_SCOPE } from './launch-claims';
import { ltiPlatformById } from './lti-platform-records';
import { LtiPlatformsService } from './lti-platforms.service';
import { scoreTargetById, scoreTargetsOf } from './lti-score-records';
import { PlatformAccessTokens } from './platform-access-tokens';

export const SCORE_TO_LMS = 'lti.score';

export interface ScoreToLms {
  targetId: string;
  attemptId: string;
  scoreGiven: number;
  timestamp: string;
}

const logger = new Logger('LtiScores');

/**
 * Assignment and Grade Services 2.0: a graded attempt of a learner who came from an LMS sends its
 * score to the line item of their launch, as a job sent in the grading transaction, so the score
 * leaves only once the grade is committed, the learner never waits for the LMS, and a refused or
 * failed post is tried again by the queue (pg-boss: 5 more times, backing off).
 */
@Injectable()
export class LtiScoresService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: AttemptFollowers,
    private readonly jobs: JobQueue,
    private readonly platforms: LtiPlatformsService,
    private readonly tokens: PlatformAccessTokens,
  ) {
    this.attempts.follow((manager, attempt) => this.followAttempt(manager, attempt));
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ScoreToLms>(SCORE_TO_LMS, (score) => this.send(score));
  }

  private async followAttempt(manager: EntityManager, attempt: FollowedAttempt): Promise<void> {
    // Without a registered LMS nobody has a line item: grading costs no statement for it.
    if (!this.platforms.anyRegistered() || attempt.score === null || attempt.status === 'IN_PROGRESS') return;
    const targets = await scoreTargetsOf(manager, attempt.userId, attempt.courseId, attempt.quizId);
    if (targets.length === 0) return;
    // A link to the whole course takes the grade of its final exam.
    const finalQuizId = targets.some((target) => target.quizId === null)
      ? (await publishedCoursesById(manager, [attempt.courseId])).get(attempt.courseId)?.outline.finalQuizId
      : null;
    const timestamp = (attempt.regraded ? new Date() : (attempt.submittedAt ?? new Date())).toISOString();
    for (const target of targets) {
      if (target.quizId === null && finalQuizId !== attempt.quizId) continue;
      await this.jobs.sendWithin(manager, SCORE_TO_LMS, { targetId: target.id, attemptId: attempt.id, scoreGiven: attempt.score, timestamp } satisfies ScoreToLms);
    }
  }

  async send({ targetId, scoreGiven, timestamp }: ScoreToLms): Promise<void> {
    const target = await scoreTargetById(this.dataSource, targetId);
    const platform = target && (await ltiPlatformById(this.dataSource, target.platformId));
    if (!target || !platform) return; // the learner or the LMS registration is gone: nowhere to send it
    const score = { userId: target.subject, scoreGiven, scoreMaximum: 100, activityProgress: 'Completed', gradingProgress: 'FullyGraded', timestamp };
    const token = await this.tokens.tokenFor(platform, SCORE_SCOPE);
    const response = await fetch(scoresUrlOf(target.lineItemUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.ims.lis.v1.score+json' },
      body: JSON.stringify(score),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 401) this.tokens.forget(platform, SCORE_SCOPE);
    if (!response.ok) {
      logger.warn(`${platform.name} refused a score (HTTP ${response.status}); it is sent again.`);
      throw new Error(`${platform.name} refused the score with HTTP ${response.status}.`);
    }
  }
}

/** The scores service of a line item: its URL with /scores added to the path, any query kept, as AGS 2.0 says of the score publish service. */
export function scoresUrlOf(lineItemUrl: string): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.href;
}
