import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published routing policy: thresholds, contact points and every agency agreement, as one document. */
@Entity('policy_versions')
export class PolicyVersionEntity {
  @PrimaryColumn('text') version: string;
  @Column('jsonb') document: Record<string, unknown>;
  @Column('boolean', { name: 'is_active', default: false }) isActive: boolean;
  @Column('timestamptz', { name: 'published_at', default: () => 'now()' }) publishedAt: Date;
  @Column('text', { name: 'published_by' }) publishedBy: string;
}
