import { DataSource, EntityManager } from 'typeorm';
import type { Channel, InquirerAuditAction, PersonalDataExportView } from '@inquiry-router/contracts';
import { incidentExampleSource, incidentExampleText } from './contact-rise.reader';
import { readPersonalDataExport, type PersonalDataReader } from './personal-data-export.reader';

/**
 * Keys of history details that hold what people wrote (a message's subject and text, an adviser's
 * note, an incident link's explanation, which quotes the words it found): emptied on erasure, the
 * rest of each row (event, time, actor, queues, ids) stays.
 */
export const HistoryTextKeys = ['subject', 'body', 'note', 'explanation', 'text'] as const;
/** Events whose `reason` is a person's free text (an adviser's or agency's why), not a system reason. */
export const HistoryFreeTextReasonEvents = ['reclassified'] as const;
/** Statuses in which an inquiry still waits or is held: erased, it can no longer be worked on and is resolved. */
const StillOpen = ['queued', 'claimed'];

/** Why personal data is being erased: the retention job, or a supervisor's request for a person (audited). */
export interface ErasureRequest {
  by: 'retention' | 'request';
  /** Who asked (the history's actor); null: the system. */
  actor: string | null;
  /** For a request: the audit entry, written in the transaction of the first erased batch. */
  audit?: { inquirerId: string; actor: string; note: string; inquiries: number };
}

/** An inquiry whose personal data was erased, with what it takes to clear it out of Redis. */
export interface ErasedInquiry {
  id: string;
  channel: Channel;
  threadId: string;
  /** The queue it waited in (kept: an anonymous fact), where the live queues may still hold it. */
  queue: string | null;
  statusBefore: string;
}

/**
 * An inquirer's personal data as a whole: erasing it (the retention job and a supervisor's request
 * take the same path) and exporting it. What erasure leaves are the anonymous facts planning and
 * the reports read: channel, times, status, queue, agency, the decision's target, kind, category
 * and confidence, and the history's events, times and actors.
 */
export class PersonalDataRepository {
  constructor(private readonly db: DataSource) {}

  /** The ids of a person's inquiries, or null when there is no such person. */
  async inquiriesOf(inquirerId: string): Promise<string[] | null> {
    const [person]: { id: string }[] = await this.db.query(`SELECT id FROM inquirers WHERE id = $1`, [inquirerId]);
    if (!person) return null;
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM inquiries WHERE inquirer_id = $1 ORDER BY received_at, id`, [
      inquirerId,
    ]);
    return rows.map((r) => r.id);
  }

  /**
   * Erases the personal data of these inquiries in one transaction: sender, subject, text and
   * attachments (and their contents), the decision's reasons (they quote the text), the texts,
   * notes and explanations in the history, the identity keys, link suggestions and classification
   * examples, the incident links' explanations and the texts shown as examples of contact rises.
   * One still waiting or held is resolved (it can no longer be worked on), an open case of it is
   * closed (no one is left to tell), and each gets an `erased` history row. Safe to repeat: an
   * inquiry erased before is cleared again and gets no second row. The person link stays until
   * `detach`, so a run cut short after this is found again and finished.
   */
  async erase(ids: readonly string[], request: ErasureRequest): Promise<ErasedInquiry[]> {
    if (ids.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const rows: {
        id: string;
        channel: Channel;
        thread_id: string;
        queue: string | null;
        status: string;
        erased: boolean;
        example_source: string;
      }[] = await tx.query(
        `SELECT id, channel, thread_id, queue, status, personal_data_erased_at IS NOT NULL AS erased, ${incidentExampleSource('i')} AS example_source
           FROM inquiries i WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
      if (rows.length === 0) return [];
      const found = rows.map((r) => r.id);
      const fresh = rows.filter((r) => !r.erased);

      const examples = [...new Set(fresh.map((r) => incidentExampleText(r.example_source)).filter((t) => t !== ''))];
      if (examples.length > 0)
        await tx.query(
          `UPDATE incident_suggestions SET examples = ARRAY(SELECT e FROM unnest(examples) e WHERE NOT (e = ANY($1::text[])))
            WHERE examples && $1::text[]`,
          [examples],
        );
      const closed: { id: string; inquiry_id: string }[] = await tx.query(
        `WITH closed AS (
           UPDATE cases SET status = 'closed', updated_at = now() WHERE inquiry_id = ANY($1::text[]) AND status NOT IN ('resolved', 'closed')
           RETURNING id, inquiry_id)
         SELECT id, inquiry_id FROM closed`,
        [found],
      );
      await tx.query(
        `UPDATE inquiry_history SET details = details - $2::text[] WHERE inquiry_id = ANY($1::text[]) AND details ?| $2::text[]`,
        [found, HistoryTextKeys],
      );
      await tx.query(
        `UPDATE inquiry_history SET details = details - 'reason' WHERE inquiry_id = ANY($1::text[]) AND event = ANY($2::text[]) AND details ? 'reason'`,
        [found, HistoryFreeTextReasonEvents],
      );
      const erasedRows = fresh.map((r) => {
        const cases = closed.filter((c) => c.inquiry_id === r.id).map((c) => c.id);
        return {
          inquiryId: r.id,
          details: { by: request.by, status: r.status, queue: r.queue, ...(cases.length > 0 && { closedCases: cases }) },
        };
      });
      if (erasedRows.length > 0)
        await tx.query(
          `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
           SELECT e->>'inquiryId', 'erased', $2, e->'details' FROM jsonb_array_elements($1::jsonb) e`,
          [JSON.stringify(erasedRows), request.actor],
        );
      await tx.query(
        `UPDATE inquiries SET sender = '{}'::jsonb, subject = NULL, body = '', attachments = '[]'::jsonb,
                status = CASE WHEN status = ANY($2::text[]) THEN 'resolved' ELSE status END,
                reserved_by = NULL, reserved_until = NULL,
                personal_data_erased_at = coalesce(personal_data_erased_at, now())
          WHERE id = ANY($1::text[])`,
        [found, StillOpen],
      );
      // The reasons' codes carry the same quoted words as their texts.
      await tx.query(
        `UPDATE routing_decisions SET reasons = '[]'::jsonb, reason_codes = '[]'::jsonb
          WHERE inquiry_id = ANY($1::text[]) AND (reasons <> '[]'::jsonb OR reason_codes <> '[]'::jsonb)`,
        [found],
      );
      await tx.query(
        `UPDATE incident_links SET explanation = '{}', explanation_codes = NULL
          WHERE inquiry_id = ANY($1::text[]) AND (explanation <> '{}' OR explanation_codes IS NOT NULL)`,
        [found],
      );
      await tx.query(`DELETE FROM attachment_contents WHERE inquiry_id = ANY($1::text[])`, [found]);
      await tx.query(`DELETE FROM inquirer_keys WHERE inquiry_id = ANY($1::text[])`, [found]);
      await tx.query(
        `DELETE FROM inquirer_link_suggestions WHERE inquiry_id = ANY($1::text[]) OR referenced_inquiry_id = ANY($1::text[])`,
        [found],
      );
      await tx.query(`DELETE FROM classification_examples WHERE inquiry_id = ANY($1::text[])`, [found]);
      // What they said afterwards may name them: the score stays for the figures, the comment goes.
      await tx.query(`UPDATE surveys SET comment = NULL WHERE inquiry_id = ANY($1::text[]) AND comment IS NOT NULL`, [found]);
      if (request.audit)
        await this.audit(tx, request.audit.actor, 'erased', request.audit.inquirerId, {
          note: request.audit.note,
          inquiries: request.audit.inquiries,
        });
      return rows.map((r) => ({ id: r.id, channel: r.channel, threadId: r.thread_id, queue: r.queue, statusBefore: r.status }));
    });
  }

  /**
   * The last step of an erasure, once Redis is cleared too: the erased inquiries leave their
   * person, and a person left with no inquiries goes (the others' last contact is brought up to
   * date). Returns how many persons went.
   */
  async detach(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.db.transaction(async (tx) => {
      // The self-join reads each row as it was before the update: the person it leaves.
      const left: { inquirer_id: string | null }[] = await tx.query(
        `WITH left_person AS (
           UPDATE inquiries n SET inquirer_id = NULL, inquirer_match = NULL
             FROM inquiries o
            WHERE n.id = o.id AND n.id = ANY($1::text[]) AND n.personal_data_erased_at IS NOT NULL
              AND (n.inquirer_id IS NOT NULL OR n.inquirer_match IS NOT NULL)
            RETURNING o.inquirer_id)
         SELECT inquirer_id FROM left_person`,
        [ids],
      );
      const persons = [...new Set(left.map((r) => r.inquirer_id).filter((p): p is string => p !== null))];
      if (persons.length === 0) return 0;
      const [{ removed }]: { removed: number }[] = await tx.query(
        `WITH gone AS (DELETE FROM inquirers p WHERE p.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.inquirer_id = p.id) RETURNING 1)
         SELECT count(*)::int AS removed FROM gone`,
        [persons],
      );
      await tx.query(
        `UPDATE inquirers p SET last_contact_at = l.last
           FROM (SELECT inquirer_id, max(received_at) AS last FROM inquiries WHERE inquirer_id = ANY($1::uuid[]) GROUP BY 1) l
          WHERE p.id = l.inquirer_id AND p.last_contact_at <> l.last`,
        [persons],
      );
      return removed;
    });
  }

  /**
   * Up to `limit` inquiries whose personal data is past retention: every inquiry of a person
   * whose last contact was before `cutoff` (a person's together, as far as the limit allows), and
   * those with no person received before it. A person found here still holds inquiries, erased
   * or not: an erasure cut short before `detach` is finished by the next run.
   */
  async pastRetention(cutoff: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `(SELECT i.id FROM inquirers p JOIN inquiries i ON i.inquirer_id = p.id
         WHERE p.last_contact_at < $1
           AND NOT EXISTS (SELECT 1 FROM inquiries j WHERE j.inquirer_id = p.id AND j.received_at >= $1)
         ORDER BY p.last_contact_at, p.id, i.id LIMIT $2)
       UNION ALL
       (SELECT id FROM inquiries
         WHERE personal_data_erased_at IS NULL AND inquirer_id IS NULL AND received_at < $1
         ORDER BY received_at LIMIT $2)
       LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * What retention removes beside inquiries: persons left with no inquiries whose last contact
   * was before `cutoff`, attachment contents stored before it whose inquiry was never recorded,
   * and the (masked) example texts of contact-rise suggestions made before it.
   */
  async forgetLeftovers(cutoff: Date): Promise<{ persons: number; attachments: number; suggestionExamples: number }> {
    const [counts]: { persons: number; attachments: number; suggestion_examples: number }[] = await this.db.query(
      `WITH persons AS (
         DELETE FROM inquirers p WHERE p.last_contact_at < $1 AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.inquirer_id = p.id) RETURNING 1),
       attachments AS (
         DELETE FROM attachment_contents a WHERE a.stored_at < $1 AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.id = a.inquiry_id) RETURNING 1),
       examples AS (
         UPDATE incident_suggestions SET examples = '{}' WHERE created_at < $1 AND examples <> '{}' RETURNING 1)
       SELECT (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM attachments)::int AS attachments,
              (SELECT count(*) FROM examples)::int AS suggestion_examples`,
      [cutoff],
    );
    return { persons: counts.persons, attachments: counts.attachments, suggestionExamples: counts.suggestion_examples };
  }

  /**
   * Everything held on a person, as one document, or null when there is no such person. The
   * export is a read of every inquiry's personal data (logged, via `export`) and audited, in the
   * transaction that reads it.
   */
  async export(inquirerId: string, reader: PersonalDataReader, at: Date): Promise<PersonalDataExportView | null> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const document = await readPersonalDataExport(tx, inquirerId, reader, at);
      if (!document) return null;
      const ids = document.inquiries.map((i) => i.id);
      await tx.query(
        `INSERT INTO personal_data_reads (at, actor, roles, inquiry_id, inquirer_id, via)
         SELECT $1, $2, $3::text[], id, $5, 'export' FROM unnest($4::text[]) AS id`,
        [at, reader.actor, reader.roles, ids, inquirerId],
      );
      await this.audit(tx, reader.actor, 'exported', inquirerId, { inquiries: ids.length }, at);
      return document;
    });
  }

  private async audit(
    tx: EntityManager,
    actor: string,
    action: InquirerAuditAction,
    inquirerId: string,
    details: Record<string, unknown>,
    at?: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO inquirer_audit (at, actor, action, inquirer_id, details) VALUES (coalesce($1, now()), $2, $3, $4, $5::jsonb)`,
      [at ?? null, actor, action, inquirerId, JSON.stringify(details)],
    );
  }
}
