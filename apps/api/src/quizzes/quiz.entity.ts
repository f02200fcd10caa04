import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A quiz's lasting identity within a course; questions and settings live in versions. */
@Entity('quiz')
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseId: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'uuid', nullable: true })
  publishedVersionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
