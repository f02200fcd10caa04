import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('lesson')
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseVersionId: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  markdown: string;

  /** Rendered and sanitised once at import: published lessons never change. */
  @Column({ type: 'text' })
  html: string;
}

/** Which passages a lesson cites, in the order the lesson first cites them. */
@Entity('lesson_passage')
export class LessonPassageEntity {
  @Column({ type: 'uuid', primary: true })
  lessonId: string;

  @Column({ type: 'uuid', primary: true })
  passageId: string;

  @Column({ type: 'int' })
  position: number;
}

/** Which references a lesson cites, in the order the lesson first cites them. */
@Entity('lesson_reference')
export class LessonReferenceEntity {
  @Column({ type: 'uuid', primary: true })
  lessonId: string;

  @Column({ type: 'uuid', primary: true })
  referenceId: string;

  @Column({ type: 'int' })
  position: number;
}
