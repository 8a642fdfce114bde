import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@inquiry-router/contracts';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { unique: true }) username: string;
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  /** Never empty; `agency` is held alone. */
  @Column('text', { array: true }) roles: Role[];
  /** Set only for the agency role: the one agency this account acts for. */
  @Column('text', { nullable: true }) agency: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
