import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseStatus, CaseType, Language } from '@inquiry-router/contracts';

/** A service desk case (`SD-00042`): one conversation sent to the service desk, followed until closed. */
@Entity('cases')
export class CaseEntity {
  @PrimaryColumn('text') id: string;
  /** The inquiry the case was registered for. */
  @Column('text', { name: 'inquiry_id' }) inquiryId: string;
  /** The conversation: replies in it reach this case. */
  @Column('text', { name: 'thread_id' }) threadId: string;
  @Column('text') type: CaseType;
  @Column('text') status: CaseStatus;
  @Column('text', { nullable: true }) owner: string | null;
  /** The reporter's language: notices to them are written in it. */
  @Column('text') language: Language;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  /** The last change that counts as work on the case (status, owner, the reporter's reply). */
  @Column('timestamptz', { name: 'last_update_at' }) lastUpdateAt: Date;
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt: Date | null;
}
