import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ChoiceOption, NumericAnswer, QuestionType } from '@ptp/content';

/** A question of one quiz version, answer key included: never returned to learners as is. */
@Entity('question')
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  quizVersionId: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ type: 'text' })
  explanation: string;

  @Column({ type: 'text', nullable: true })
  passageAnchor: string | null;

  /** Keys of the course's references that support the key; a question cites these, a passage, or both. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  referenceKeys: string[];

  @Column({ type: 'jsonb' })
  options: ChoiceOption[];

  @Column({ type: 'jsonb', nullable: true })
  numericAnswer: NumericAnswer | null;

  @Column({ type: 'jsonb' })
  acceptedAnswers: string[];
}
