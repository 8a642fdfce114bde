import { DataSource, EntityManager } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { Channel } from '@inquiry-router/contracts';
import { outboxWriter } from './outbox.repository';
import type { ExampleLabel, ExampleSource } from '../entities/classification-example.entity';

/** A labelled example as a training tool reads it: plain data, the text as the classifier saw it. */
export interface TrainingCorrection {
  id: string;
  inquiryId: string;
  source: ExampleSource;
  label: ExampleLabel | null;
  rejectedTarget: string | null;
  reason: string;
  actor: string;
  /** ISO 8601. */
  createdAt: string;
  channel: Channel;
  toAddress: string;
  subject: string | null;
  body: string;
  serviceCode: string | null;
  language: string | null;
}

export type NewClassificationExample = Omit<TrainingCorrection, 'id' | 'createdAt'>;

interface ExampleRow {
  id: string;
  inquiry_id: string;
  source: ExampleSource;
  label: ExampleLabel | null;
  rejected_target: string | null;
  reason: string;
  actor: string;
  created_at: Date;
  channel: Channel;
  to_address: string;
  subject: string | null;
  body: string;
  service_code: string | null;
  language: string | null;
}

/** Labelled examples: what people said about where inquiries belong. */
export class ClassificationExampleRepository {
  constructor(private readonly db: DataSource) {}

  /** Records an example, with the events it belongs to in the outbox in the same transaction. */
  async record(example: NewClassificationExample, events: readonly OutboxMessage[] = []): Promise<{ id: string }> {
    return this.db.transaction(async (tx: EntityManager) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO classification_examples (inquiry_id, source, label, rejected_target, reason, actor,
                                              channel, to_address, subject, body, service_code, language)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          example.inquiryId,
          example.source,
          example.label === null ? null : JSON.stringify(example.label),
          example.rejectedTarget,
          example.reason,
          example.actor,
          example.channel,
          example.toAddress,
          example.subject,
          example.body,
          example.serviceCode,
          example.language,
        ],
      );
      await outboxWriter.add(tx, events);
      return { id: row.id };
    });
  }

  /** Every example, newest first. */
  async all(): Promise<TrainingCorrection[]> {
    const rows: ExampleRow[] = await this.db.query(`SELECT * FROM classification_examples ORDER BY created_at DESC, id`);
    return rows.map((r) => ({
      id: r.id,
      inquiryId: r.inquiry_id,
      source: r.source,
      label: r.label,
      rejectedTarget: r.rejected_target,
      reason: r.reason,
      actor: r.actor,
      createdAt: r.created_at.toISOString(),
      channel: r.channel,
      toAddress: r.to_address,
      subject: r.subject,
      body: r.body,
      serviceCode: r.service_code,
      language: r.language,
    }));
  }
}
