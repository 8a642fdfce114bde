import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AttachmentMeta, Channel, InquiryParty } from '@inquiry-router/contracts';
import type { InquiryStatus } from '@inquiry-router/inquiry';

@Entity('inquiries')
@Index('inquiries_queue_status_idx', ['queue', 'status'])
export class InquiryEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') channel: Channel;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('jsonb') sender: InquiryParty;
  @Column('text', { name: 'to_address' }) toAddress: string;
  @Column('text', { nullable: true }) subject: string | null;
  @Column('text') body: string;
  @Column('text', { nullable: true }) language: string | null;
  @Column('text', { name: 'service_code', nullable: true }) serviceCode: string | null;
  @Column('text', { name: 'thread_ref', nullable: true }) threadRef: string | null;
  /** The id of the conversation's first inquiry (its own id when it starts one). */
  @Column('text', { name: 'thread_id' }) threadId: string;
  @Column('jsonb', { default: () => "'[]'" }) attachments: AttachmentMeta[];
  @Column('text') status: InquiryStatus;
  @Column('text', { nullable: true }) queue: string | null;
  @Column('text', { nullable: true }) agency: string | null;
  @Column('text', { name: 'assigned_to', nullable: true }) assignedTo: string | null;
  @Column('timestamptz', { name: 'assigned_at', nullable: true }) assignedAt: Date | null;
  /** Set while an adviser holds a reservation on a `queued` inquiry (until accepted or lapsed). */
  @Column('text', { name: 'reserved_by', nullable: true }) reservedBy: string | null;
  @Column('timestamptz', { name: 'reserved_until', nullable: true }) reservedUntil: Date | null;
  /** When it waited past its queue's limit (supervisors' attention). */
  @Column('timestamptz', { name: 'overflowed_at', nullable: true }) overflowedAt: Date | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
  /** When the answer is due under the service-level target (counted in opening time); null before routing. */
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt: Date | null;
  /** The target the due time was computed from, e.g. "2 working-days". */
  @Column('text', { name: 'sla_target', nullable: true }) slaTarget: string | null;
  @Column('timestamptz', { name: 'sla_warn_at', nullable: true }) slaWarnAt: Date | null;
  @Column('timestamptz', { name: 'sla_warned_at', nullable: true }) slaWarnedAt: Date | null;
  @Column('timestamptz', { name: 'sla_breached_at', nullable: true }) slaBreachedAt: Date | null;
}
