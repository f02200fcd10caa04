import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A course's lasting identity; its content lives in immutable versions. */
@Entity('course')
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'uuid', nullable: true })
  publishedVersionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
