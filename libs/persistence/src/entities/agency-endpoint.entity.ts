import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency's delivery settings. The secret is read only by agency-forwarder to sign; never shown. */
@Entity('agency_endpoints')
export class AgencyEndpointEntity {
  @PrimaryColumn('text') agency: string;
  @Column('text', { name: 'webhook_url', nullable: true }) webhookUrl: string | null;
  @Column('text', { name: 'webhook_secret', nullable: true, select: false }) webhookSecret: string | null;
  @Column('text', { nullable: true }) mailbox: string | null;
  @Column('boolean', { default: true }) enabled: boolean;
  @Column('text', { name: 'updated_by' }) updatedBy: string;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
