import { DataSource, EntityManager } from 'typeorm';
import type {
  Channel,
  ExportedInquiryView,
  IdentityKeyKind,
  InquirerAuditAction,
  InquirerMatchView,
  PersonalDataExportView,
} from '@inquiry-router/contracts';
import { incidentExampleSource, incidentExampleText } from './contact-rise.reader';

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
/** Attachments larger than this are listed in an export without their content. */
const MaxExportedAttachmentBytes = 5 * 1024 * 1024;

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

/** Who reads an export (logged as a read of each inquiry's personal data). */
export interface PersonalDataReader {
  actor: string;
  roles: readonly string[];
}

interface InquiryRow {
  id: string;
  channel: Channel;
  received_at: Date;
  recorded_at: Date;
  sender: ExportedInquiryView['sender'];
  to_address: string;
  subject: string | null;
  body: string;
  language: string | null;
  service_code: string | null;
  thread_id: string;
  thread_ref: string | null;
  status: string;
  queue: string | null;
  agency: string | null;
  assigned_to: string | null;
  inquirer_match: InquirerMatchView | null;
  personal_data_erased_at: Date | null;
  decision: {
    target: string;
    kind: string;
    category: string | null;
    agency: string | null;
    case_type: string | null;
    confidence: number;
    reasons: string[];
    policy_version: string;
    decided_at: string;
  } | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

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
      const [person]: { id: string; created_at: Date; last_contact_at: Date }[] = await tx.query(
        `SELECT id, created_at, last_contact_at FROM inquirers WHERE id = $1`,
        [inquirerId],
      );
      if (!person) return null;
      const rows: InquiryRow[] = await tx.query(
        `SELECT i.id, i.channel, i.received_at, i.recorded_at, i.sender, i.to_address, i.subject, i.body, i.language, i.service_code,
                i.thread_id, i.thread_ref, i.status, i.queue, i.agency, i.assigned_to, i.inquirer_match, i.personal_data_erased_at,
                to_jsonb(d) AS decision
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.inquirer_id = $1 ORDER BY i.received_at DESC, i.id`,
        [inquirerId],
      );
      const ids = rows.map((r) => r.id);
      const [history, cases, attachments, keys, deliveries, links, examples, suggestions, reads, audit] = await Promise.all([
        tx.query<{ inquiry_id: string; at: Date; event: string; actor: string | null; details: Record<string, unknown> }[]>(
          `SELECT inquiry_id, at, event, actor, details FROM inquiry_history WHERE inquiry_id = ANY($1::text[]) ORDER BY at, id`,
          [ids],
        ),
        tx.query<
          { id: string; inquiry_id: string; type: string; status: string; owner: string | null; created_at: Date; updated_at: Date }[]
        >(
          `SELECT id, inquiry_id, type, status, owner, created_at, updated_at FROM cases WHERE inquiry_id = ANY($1::text[]) ORDER BY created_at, id`,
          [ids],
        ),
        tx.query<
          {
            inquiry_id: string;
            filename: string;
            content_type: string;
            size: number;
            sha256: string;
            stored_at: Date;
            content: Buffer | null;
          }[]
        >(
          `SELECT inquiry_id, filename, content_type, size, sha256, stored_at, CASE WHEN size <= $2 THEN content END AS content
             FROM attachment_contents WHERE inquiry_id = ANY($1::text[]) ORDER BY stored_at, id`,
          [ids, MaxExportedAttachmentBytes],
        ),
        tx.query<{ inquiry_id: string; kind: IdentityKeyKind }[]>(
          `SELECT DISTINCT inquiry_id, kind FROM inquirer_keys WHERE inquiry_id = ANY($1::text[]) ORDER BY inquiry_id, kind`,
          [ids],
        ),
        tx.query<
          { inquiry_id: string; agency: string; status: string; forwarded_at: Date; delivered_at: Date | null; answered_at: Date | null }[]
        >(
          `SELECT inquiry_id, agency, status, forwarded_at, delivered_at, answered_at FROM agency_deliveries
            WHERE inquiry_id = ANY($1::text[]) ORDER BY forwarded_at`,
          [ids],
        ),
        tx.query<{ inquiry_id: string; notice_id: string; linked_at: Date; explanation: string[]; answered_at: Date | null }[]>(
          `SELECT inquiry_id, notice_id, linked_at, explanation, answered_at FROM incident_links WHERE inquiry_id = ANY($1::text[]) ORDER BY linked_at`,
          [ids],
        ),
        tx.query<
          {
            inquiry_id: string;
            source: string;
            label: unknown;
            rejected_target: string | null;
            reason: string;
            actor: string;
            created_at: Date;
            subject: string | null;
            body: string;
          }[]
        >(
          `SELECT inquiry_id, source, label, rejected_target, reason, actor, created_at, subject, body FROM classification_examples
            WHERE inquiry_id = ANY($1::text[]) ORDER BY created_at, id`,
          [ids],
        ),
        tx.query<
          {
            id: string;
            inquiry_id: string;
            reference: string;
            referenced_inquiry_id: string;
            status: 'open' | 'confirmed' | 'rejected';
            created_at: Date;
            decided_by: string | null;
            decided_at: Date | null;
          }[]
        >(
          `SELECT id::text, inquiry_id, reference, referenced_inquiry_id, status, created_at, decided_by, decided_at
             FROM inquirer_link_suggestions WHERE inquiry_id = ANY($1::text[]) OR referenced_inquiry_id = ANY($1::text[]) ORDER BY created_at, id`,
          [ids],
        ),
        tx.query<{ at: Date; actor: string; roles: string[]; inquiry_id: string; via: string }[]>(
          `SELECT at, actor, roles, inquiry_id, via FROM personal_data_reads
            WHERE inquiry_id = ANY($1::text[]) OR inquirer_id = $2 ORDER BY at DESC, id DESC`,
          [ids, inquirerId],
        ),
        tx.query<{ at: Date; actor: string; action: InquirerAuditAction; inquiry_id: string | null; details: Record<string, unknown> }[]>(
          `SELECT at, actor, action, inquiry_id, details FROM inquirer_audit WHERE inquirer_id = $1 ORDER BY at DESC, id DESC`,
          [inquirerId],
        ),
      ]);

      const of = <T extends { inquiry_id: string }>(list: T[], id: string): T[] => list.filter((x) => x.inquiry_id === id);
      const inquiries: ExportedInquiryView[] = rows.map((r) => ({
        id: r.id,
        channel: r.channel,
        receivedAt: iso(r.received_at)!,
        recordedAt: iso(r.recorded_at)!,
        sender: r.sender,
        to: r.to_address,
        subject: r.subject,
        body: r.body,
        language: r.language,
        serviceCode: r.service_code,
        threadId: r.thread_id,
        threadRef: r.thread_ref,
        status: r.status,
        queue: r.queue,
        agency: r.agency,
        assignedTo: r.assigned_to,
        match: r.inquirer_match,
        personalDataErasedAt: iso(r.personal_data_erased_at),
        decision: r.decision && {
          target: r.decision.target,
          kind: r.decision.kind,
          category: r.decision.category,
          agency: r.decision.agency,
          caseType: r.decision.case_type,
          confidence: r.decision.confidence,
          reasons: r.decision.reasons,
          policyVersion: r.decision.policy_version,
          decidedAt: iso(r.decision.decided_at)!,
        },
        history: of(history, r.id).map((h) => ({ at: iso(h.at)!, event: h.event, actor: h.actor, details: h.details })),
        messagesSent: of(history, r.id)
          .filter((h) => h.event === 'message-sent' || h.event === 'callback-requested')
          .map((h) => ({
            at: iso(h.at)!,
            event: h.event,
            messageId: (h.details.messageId as string | undefined) ?? null,
            channel: (h.details.channel as string | undefined) ?? null,
            purpose: (h.details.purpose as string | undefined) ?? null,
            subject: (h.details.subject as string | undefined) ?? null,
            body: (h.details.body as string | undefined) ?? null,
          })),
        cases: of(cases, r.id).map((c) => ({
          id: c.id,
          type: c.type,
          status: c.status,
          owner: c.owner,
          createdAt: iso(c.created_at)!,
          updatedAt: iso(c.updated_at)!,
        })),
        attachments: of(attachments, r.id).map((a) => ({
          filename: a.filename,
          contentType: a.content_type,
          size: a.size,
          sha256: a.sha256,
          storedAt: iso(a.stored_at)!,
          contentBase64: a.content ? a.content.toString('base64') : null,
          ...(!a.content && {
            note: `larger than ${MaxExportedAttachmentBytes / 1024 / 1024} MB: not included, ask an administrator for it`,
          }),
        })),
        keys: of(keys, r.id).map((k) => k.kind),
        agencyDeliveries: of(deliveries, r.id).map((d) => ({
          agency: d.agency,
          status: d.status,
          forwardedAt: iso(d.forwarded_at)!,
          deliveredAt: iso(d.delivered_at),
          answeredAt: iso(d.answered_at),
        })),
        incidentLinks: of(links, r.id).map((l) => ({
          noticeId: l.notice_id,
          linkedAt: iso(l.linked_at)!,
          explanation: l.explanation,
          answeredAt: iso(l.answered_at),
        })),
        classificationExamples: of(examples, r.id).map((e) => ({
          source: e.source,
          label: e.label,
          rejectedTarget: e.rejected_target,
          reason: e.reason,
          actor: e.actor,
          createdAt: iso(e.created_at)!,
          subject: e.subject,
          body: e.body,
        })),
      }));

      await tx.query(
        `INSERT INTO personal_data_reads (at, actor, roles, inquiry_id, inquirer_id, via)
         SELECT $1, $2, $3::text[], id, $5, 'export' FROM unnest($4::text[]) AS id`,
        [at, reader.actor, reader.roles, ids, inquirerId],
      );
      await this.audit(tx, reader.actor, 'exported', inquirerId, { inquiries: ids.length }, at);

      return {
        inquirerId,
        exportedAt: at.toISOString(),
        exportedBy: reader.actor,
        firstRecordedAt: iso(person.created_at)!,
        lastContactAt: iso(person.last_contact_at)!,
        inquiries,
        suggestions: suggestions.map((s) => ({
          id: s.id,
          inquiryId: s.inquiry_id,
          reference: s.reference,
          referencedInquiryId: s.referenced_inquiry_id,
          status: s.status,
          createdAt: iso(s.created_at)!,
          decidedBy: s.decided_by,
          decidedAt: iso(s.decided_at),
        })),
        reads: reads.map((r) => ({ at: iso(r.at)!, actor: r.actor, roles: r.roles, inquiryId: r.inquiry_id, via: r.via })),
        audit: audit.map((a) => ({ at: iso(a.at)!, actor: a.actor, action: a.action, inquiryId: a.inquiry_id, details: a.details })),
      };
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
