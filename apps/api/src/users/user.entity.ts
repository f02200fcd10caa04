import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type Role = 'LEARNER' | 'INSTRUCTOR' | 'ADMIN';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
