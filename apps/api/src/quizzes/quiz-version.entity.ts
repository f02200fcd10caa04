import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FeedbackPolicy, ScoringRule } from '@ptp/content';

export type QuizVersionStatus = 'DRAFT' | 'PUBLISHED';

/** Settings and questions of a quiz at one version; a published version is never edited. */
@Entity('quiz_version')
export class QuizVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  quizId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  status: QuizVersionStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  passingScore: number;

  @Column({ type: 'int', nullable: true })
  maxAttempts: number | null;

  @Column({ type: 'int' })
  cooldownSeconds: number;

  @Column({ type: 'int', nullable: true })
  timeLimitSeconds: number | null;

  @Column({ type: 'int', nullable: true })
  drawCount: number | null;

  @Column({ type: 'boolean' })
  shuffleQuestions: boolean;

  @Column({ type: 'boolean' })
  shuffleOptions: boolean;

  @Column({ type: 'text' })
  feedback: FeedbackPolicy;

  @Column({ type: 'text' })
  scoring: ScoringRule;

  /** Hash of the content file this version was imported from; null when authored in the app. */
  @Column({ type: 'text', nullable: true })
  contentHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
