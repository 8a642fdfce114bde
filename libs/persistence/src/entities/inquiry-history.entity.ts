import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: what happened to an inquiry, when, and by whom. */
@Entity('inquiry_history')
@Index('inquiry_history_inquiry_idx', ['inquiryId', 'at'])
export class InquiryHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('text', { name: 'inquiry_id' }) inquiryId: string;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
  @Column('text') event: string;
  @Column('text', { nullable: true }) actor: string | null;
  @Column('jsonb', { default: () => "'{}'" }) details: Record<string, unknown>;
}
