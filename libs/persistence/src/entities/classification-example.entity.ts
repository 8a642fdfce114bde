import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel } from '@inquiry-router/contracts';

export const ExampleSources = ['adviser-correction', 'agency-return', 'triage'] as const;
export type ExampleSource = (typeof ExampleSources)[number];

/** The decision a person says is right. */
export interface ExampleLabel {
  target: string;
  kind: string;
  category: string | null;
  agency: string | null;
  caseType: string | null;
}

/** A labelled example for training the classifier, with a copy of the text it read. */
@Entity('classification_examples')
export class ClassificationExampleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'inquiry_id' }) inquiryId: string;
  @Column('text') source: ExampleSource;
  /** Null when only a wrong target is known (an agency's "not ours"). */
  @Column('jsonb', { nullable: true }) label: ExampleLabel | null;
  /** The target known to be wrong, e.g. `agency:skd`. */
  @Column('text', { name: 'rejected_target', nullable: true }) rejectedTarget: string | null;
  @Column('text') reason: string;
  @Column('text') actor: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('text') channel: Channel;
  @Column('text', { name: 'to_address' }) toAddress: string;
  @Column('text', { nullable: true }) subject: string | null;
  @Column('text') body: string;
  @Column('text', { name: 'service_code', nullable: true }) serviceCode: string | null;
  @Column('text', { nullable: true }) language: string | null;
}
