import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One forwarded inquiry on its way to one agency. Keyed by both, so a redelivered event is one row. */
@Entity('agency_deliveries')
export class AgencyDeliveryEntity {
  @PrimaryColumn('text', { name: 'inquiry_id' }) inquiryId: string;
  @PrimaryColumn('text') agency: string;
  @Column('text') status: 'pending' | 'delivered' | 'failed';
  @Column('int', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'forwarded_at' }) forwardedAt: Date;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
}
