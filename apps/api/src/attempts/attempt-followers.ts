import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QuizAttempt } from './attempts.types';

/** An attempt as it stands after starting (IN_PROGRESS) or grading (SUBMITTED or EXPIRED). */
export type FollowedAttempt = Pick<
  QuizAttempt,
  'id' | 'userId' | 'quizId' | 'quizTitle' | 'courseId' | 'status' | 'score' | 'passed' | 'startedAt' | 'submittedAt'
> & {
  /** Graded again by a regrade, which changed its score or pass: nothing the learner did. */
  regraded?: boolean;
};

export type AttemptFollower = (manager: EntityManager, attempt: FollowedAttempt) => Promise<void>;

/**
 * Features above attempts that must change in the same transaction as an attempt starts or is
 * graded (a learner's progress) follow it here, so attempts imports none of them.
 */
@Injectable()
export class AttemptFollowers {
  private readonly followers: AttemptFollower[] = [];

  follow(follower: AttemptFollower): void {
    this.followers.push(follower);
  }

  async tell(manager: EntityManager, attempt: FollowedAttempt): Promise<void> {
    for (const follower of this.followers) await follower(manager, attempt);
  }
}
