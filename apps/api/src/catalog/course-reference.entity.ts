import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A work a course version cites (label, trial, classification, guideline), as listed in its references.yaml. */
@Entity('course_reference')
export class CourseReferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseVersionId: string;

  /** The id authors cite as `[ref:key]`. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  publisher: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text', nullable: true })
  identifier: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'date' })
  readOn: string;
}
