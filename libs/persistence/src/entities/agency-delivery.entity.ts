import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyDeliveryStatus } from '@inquiry-router/contracts';

/**
 * One forwarded inquiry on its way to one agency. Keyed by both, so a redelivered event is one row.
 * `available`: the agency has no webhook or mailbox and reads it through the agency API.
 */
@Entity('agency_deliveries')
export class AgencyDeliveryEntity {
  @PrimaryColumn('text', { name: 'inquiry_id' }) inquiryId: string;
  @PrimaryColumn('text') agency: string;
  /** The `webhook-id`: the same on every attempt, so the agency can drop repeats. */
  @Column('uuid', { name: 'delivery_id' }) deliveryId: string;
  @Column('text') status: AgencyDeliveryStatus;
  @Column('int', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  /** The channels (webhook, mailbox) that already took it: a retry tries only the others. */
  @Column('text', { name: 'done_channels', array: true, default: () => `'{}'` }) doneChannels: string[];
  @Column('timestamptz', { name: 'forwarded_at' }) forwardedAt: Date;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
  @Column('timestamptz', { name: 'first_attempt_at', nullable: true }) firstAttemptAt: Date | null;
  @Column('timestamptz', { name: 'last_attempt_at', nullable: true }) lastAttemptAt: Date | null;
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column('timestamptz', { name: 'failed_at', nullable: true }) failedAt: Date | null;
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
  @Column('text', { name: 'acknowledged_by', nullable: true }) acknowledgedBy: string | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
  @Column('text', { name: 'answered_by', nullable: true }) answeredBy: string | null;
}
