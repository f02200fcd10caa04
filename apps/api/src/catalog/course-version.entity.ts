import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificatePolicy, SourceProvenance } from '@ptp/content';
import { decimalNumber } from '../database/column-transformers';

export interface CompletionRules {
  requireModuleQuizzes: boolean;
  requireFinalExam: boolean;
}

/** One published state of a course; never edited after it is written. */
@Entity('course_version')
export class CourseVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  contentHash: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimalNumber })
  creditHours: number;

  @Column({ type: 'text' })
  sourceTitle: string;

  @Column({ type: 'jsonb' })
  completionRules: CompletionRules;

  @Column({ type: 'jsonb' })
  certificatePolicy: CertificatePolicy;

  @Column({ type: 'uuid', nullable: true })
  finalQuizId: string | null;

  // Null for versions imported before courses stated their audience, scope and source.
  @Column({ type: 'text', nullable: true })
  audience: string | null;

  @Column({ type: 'text', nullable: true })
  scope: string | null;

  @Column({ type: 'jsonb', nullable: true })
  sourceProvenance: SourceProvenance | null;

  @Column({ type: 'int', nullable: true })
  estimatedMinutes: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
