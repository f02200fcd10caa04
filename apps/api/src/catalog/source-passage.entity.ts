import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AppraisalVerdict } from '@ptp/content';

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

  /** Null only for versions imported before passages were appraised. */
  @Column({ type: 'text', nullable: true })
  appraisalVerdict: AppraisalVerdict | null;

  /** Rendered and sanitised once at import, like lesson HTML. */
  @Column({ type: 'text', nullable: true })
  appraisalCorrectionHtml: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  appraisalReferenceKeys: string[];
}
