import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, Presence, QueueName } from '@inquiry-router/contracts';

/** An adviser's skills, capacity per channel and presence (kept with a heartbeat). */
@Entity('advisers')
export class AdviserEntity {
  @PrimaryColumn('text') username: string;
  /** The queues they may take work from. */
  @Column('text', { array: true }) lines: QueueName[];
  @Column('text', { array: true }) languages: string[];
  /** Agencies whose subject matter they know (informational; queues carry no agency). */
  @Column('text', { array: true }) agencies: string[];
  /** How many inquiries of each channel they may hold at once (reserved + accepted). */
  @Column('jsonb') capacity: Record<Channel, number>;
  @Column('text') presence: Presence;
  @Column('timestamptz', { name: 'last_seen_at', nullable: true }) lastSeenAt: Date | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
