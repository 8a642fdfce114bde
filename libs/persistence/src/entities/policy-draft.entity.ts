import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentDraftStatus } from '@inquiry-router/contracts';

/** A proposed policy document on top of the version it was made from; in force only once published. */
@Entity('policy_drafts')
export class PolicyDraftEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'base_version' }) baseVersion: string;
  @Column('jsonb') document: Record<string, unknown>;
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('text', { default: 'draft' }) status: DocumentDraftStatus;
  @Column('text', { name: 'published_version', nullable: true }) publishedVersion: string | null;
}
