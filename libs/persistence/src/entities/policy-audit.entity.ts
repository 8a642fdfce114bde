import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const PolicyAuditActions = ['draft-created', 'published', 'discarded'] as const;
export type PolicyAuditAction = (typeof PolicyAuditActions)[number];

/** Who did what to the routing policy, when, and what changed (field by field). */
@Entity('policy_audit')
export class PolicyAuditEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
  @Column('text') actor: string;
  @Column('text') action: PolicyAuditAction;
  /** The version it concerns: the base of a draft, or the version a publish created. */
  @Column('text', { nullable: true }) version: string | null;
  @Column('uuid', { name: 'draft_id', nullable: true }) draftId: string | null;
  @Column('jsonb', { default: () => "'[]'" }) changes: unknown[];
}
