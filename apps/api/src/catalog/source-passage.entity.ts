import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An anchored paragraph of a course version's source article. */
@Entity('source_passage')
export class SourcePassageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courseVersionId: string;

  @Column({ type: 'text' })
  anchor: string;

  @Column({ type: 'text' })
  section: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  position: number;
}
