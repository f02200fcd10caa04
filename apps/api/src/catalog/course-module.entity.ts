import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('course_module')
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseVersionId: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  objectives: string[];

  @Column({ type: 'uuid', nullable: true })
  quizId: string | null;
}
