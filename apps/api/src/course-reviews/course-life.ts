import { Field, ObjectType } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Database } from '../database/typed-sql';
import { lifeOfVersions } from './course-reviews.records';

@ObjectType({ description: "A course version's dates, as accredited enduring materials show them." })
export class CourseLife {
  @Field(() => Date, { nullable: true, description: 'When this version was first published.' })
  releasedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a reviewer last signed this version off against current evidence; null if nobody has.' })
  lastReviewedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'After this, the course takes no new enrolments and grants no certificates.' })
  terminatesAt: Date | null;

  @Field({ description: 'Whether the termination date has passed.' })
  terminated: boolean;

  /** The sign-off a certificate issued now would name; null when the version has none. */
  lastReviewId: string | null;
}

export async function lifeOf(db: Database, versionIds: readonly string[]): Promise<Map<string, CourseLife>> {
  const rows = await lifeOfVersions(db, versionIds);
  return new Map(
    rows.map(({ versionId, terminatesAt, now, ...life }) => [
      versionId,
      { ...life, terminatesAt, terminated: terminatesAt !== null && terminatesAt.getTime() <= now.getTime() },
    ]),
  );
}

/** Per-request batching: a catalog page asks every course's dates in one statement. */
export function createCourseLifeLoaders(dataSource: DataSource) {
  return {
    lifeByVersion: new DataLoader<string, CourseLife | null>(async (versionIds) => {
      const lives = await lifeOf(dataSource, versionIds);
      return versionIds.map((id) => lives.get(id) ?? null);
    }),
  };
}
