import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DecisionReason } from '@inquiry-router/contracts';

@Entity('routing_decisions')
export class RoutingDecisionEntity {
  @PrimaryColumn('text', { name: 'inquiry_id' }) inquiryId: string;
  @Column('text') target: string;
  @Column('text') kind: string;
  @Column('text', { nullable: true }) category: string | null;
  @Column('text', { nullable: true }) agency: string | null;
  @Column('text', { name: 'case_type', nullable: true }) caseType: string | null;
  @Column('real') confidence: number;
  @Column('jsonb') reasons: string[];
  /** Null: stored before reasons had codes, or decided by a classifier that gave none. */
  @Column('jsonb', { name: 'reason_codes', nullable: true }) reasonCodes: DecisionReason[] | null;
  @Column('text', { name: 'policy_version' }) policyVersion: string;
  @Column('timestamptz', { name: 'decided_at' }) decidedAt: Date;
}
