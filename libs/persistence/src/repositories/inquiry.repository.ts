import { DataSource } from 'typeorm';
import type { Inquiry, RoutingDecision } from '@inquiry-router/contracts';
import { InquiryEntity, InquiryStatus } from '../entities/inquiry.entity';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { InquiryHistoryEntity } from '../entities/inquiry-history.entity';

export interface RoutedInquiry {
  inquiry: Inquiry;
  decision: RoutingDecision;
  decidedAt: string;
  /** Exactly one of queue or agency. */
  queue: string | null;
  agency: string | null;
}

/** An inquiry whose routing still has to be carried out (enqueue or forward). */
export interface PendingRouting {
  id: string;
  status: Extract<InquiryStatus, 'queued' | 'forward-pending'>;
  queue: string | null;
  agency: string | null;
  receivedAt: Date;
}

export interface InquiryRecord {
  inquiry: InquiryEntity;
  decision: RoutingDecisionEntity | null;
  history: InquiryHistoryEntity[];
  /** Every inquiry of the conversation, oldest first (this one included). */
  thread: InquiryEntity[];
}

/** The system of record for inquiries, their routing decisions and their history. */
export class InquiryRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Records a batch of routed inquiries in one transaction. Idempotent: an inquiry already
   * recorded is left as it is. Returns, for every inquiry in the batch, the routing still to be
   * carried out — new ones, and ones recorded before whose enqueue or forward may not have
   * happened (a crash between commit and side effect) — but never one already claimed or forwarded.
   */
  async recordRouted(batch: RoutedInquiry[], joinsThread: (threadStatus: string | null) => boolean): Promise<PendingRouting[]> {
    if (batch.length === 0) return [];
    return this.db.transaction(async (tx) => {
      // A reply (threadRef) belongs to the conversation of the inquiry it refers to; whether it
      // joins it or is routed as new work depends on the state of that conversation.
      const refs = [...new Set(batch.map((b) => b.inquiry.threadRef).filter((r): r is string => !!r))];
      const threads: { ref: string; thread_id: string; status: string }[] = refs.length
        ? await tx.query(
            `SELECT r.id AS ref, r.thread_id, root.status FROM inquiries r JOIN inquiries root ON root.id = r.thread_id WHERE r.id = ANY($1::text[])`,
            [refs],
          )
        : [];
      const threadOf = new Map(threads.map((t) => [t.ref, t]));
      const placed = batch.map((b) => {
        const thread = b.inquiry.threadRef ? threadOf.get(b.inquiry.threadRef) : undefined;
        const joins = joinsThread(thread?.status ?? null);
        return {
          ...b,
          threadId: thread?.thread_id ?? b.inquiry.id,
          status: joins ? 'in-thread' : b.queue ? 'queued' : 'forward-pending',
          queue: joins ? null : b.queue,
          agency: joins ? null : b.agency,
        };
      });
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO inquiries (id, channel, received_at, sender, to_address, subject, body, language,
                                service_code, thread_ref, thread_id, attachments, status, queue, agency)
         SELECT x.id, x.channel, x.received_at, x.sender, x.to_address, x.subject, x.body, x.language,
                x.service_code, x.thread_ref, x.thread_id, coalesce(x.attachments, '[]'), x.status, x.queue, x.agency
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, channel text, received_at timestamptz, sender jsonb,
                to_address text, subject text, body text, language text, service_code text, thread_ref text,
                thread_id text, attachments jsonb, status text, queue text, agency text)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          JSON.stringify(
            placed.map(({ inquiry: i, queue, agency, threadId, status }) => ({
              id: i.id,
              channel: i.channel,
              received_at: i.receivedAt,
              sender: i.from,
              to_address: i.to,
              subject: i.subject ?? null,
              body: i.body,
              language: i.language ?? null,
              service_code: i.serviceCode ?? null,
              thread_ref: i.threadRef ?? null,
              thread_id: threadId,
              attachments: i.attachments ?? [],
              status,
              queue,
              agency,
            })),
          ),
        ],
      );
      const fresh = new Set(inserted.map((r) => r.id));
      const newOnes = placed.filter((b) => fresh.has(b.inquiry.id));
      if (newOnes.length > 0) {
        await tx.query(
          `INSERT INTO routing_decisions (inquiry_id, target, kind, category, agency, case_type, confidence, reasons, policy_version, decided_at)
           SELECT x.inquiry_id, x.target, x.kind, x.category, x.agency, x.case_type, x.confidence, x.reasons, x.policy_version, x.decided_at
             FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, target text, kind text, category text, agency text,
                  case_type text, confidence real, reasons jsonb, policy_version text, decided_at timestamptz)
           ON CONFLICT (inquiry_id) DO NOTHING`,
          [
            JSON.stringify(
              newOnes.map(({ inquiry, decision: d, decidedAt }) => ({
                inquiry_id: inquiry.id,
                target: d.target,
                kind: d.kind,
                category: d.category ?? null,
                agency: d.agency ?? null,
                case_type: d.caseType ?? null,
                confidence: d.confidence,
                reasons: d.reasons,
                policy_version: d.policyVersion,
                decided_at: decidedAt,
              })),
            ),
          ],
        );
        await tx.query(
          `INSERT INTO inquiry_history (inquiry_id, event, details)
           SELECT x.inquiry_id, 'routed', x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, details jsonb)`,
          [JSON.stringify(newOnes.map((b) => ({ inquiry_id: b.inquiry.id, details: { target: b.decision.target, threadId: b.threadId } })))],
        );
        const replies = newOnes.filter((b) => b.threadId !== b.inquiry.id);
        if (replies.length > 0) {
          await tx.query(
            `INSERT INTO inquiry_history (inquiry_id, event, details)
             SELECT x.thread_id, 'reply-received', x.details FROM jsonb_to_recordset($1::jsonb) AS x(thread_id text, details jsonb)`,
            [JSON.stringify(replies.map((b) => ({ thread_id: b.threadId, details: { inquiryId: b.inquiry.id, joined: b.status === 'in-thread' } })))],
          );
        }
      }
      const pending: { id: string; status: PendingRouting['status']; queue: string | null; agency: string | null; received_at: Date }[] =
        await tx.query(
          `SELECT id, status, queue, agency, received_at FROM inquiries
            WHERE id = ANY($1::text[]) AND status IN ('queued', 'forward-pending')`,
          [batch.map((b) => b.inquiry.id)],
        );
      return pending.map((p) => ({ id: p.id, status: p.status, queue: p.queue, agency: p.agency, receivedAt: p.received_at }));
    });
  }

  async markForwarded(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `WITH done AS (UPDATE inquiries SET status = 'forwarded' WHERE id = ANY($1::text[]) AND status = 'forward-pending' RETURNING id, agency)
       INSERT INTO inquiry_history (inquiry_id, event, details) SELECT id, 'forwarded', jsonb_build_object('agency', agency) FROM done`,
      [ids],
    );
  }

  /**
   * Takes a queued inquiry for one adviser. Returns false when it is no longer queued (already
   * claimed by someone else, or forwarded): the database is the arbiter, so no inquiry ever goes to two.
   */
  async claim(id: string, queue: string, adviser: string): Promise<boolean> {
    const rows: { id: string }[] = await this.db.query(
      `WITH taken AS (
         UPDATE inquiries SET status = 'claimed', assigned_to = $3, assigned_at = now()
          WHERE id = $1 AND queue = $2 AND status = 'queued' RETURNING id)
       INSERT INTO inquiry_history (inquiry_id, event, actor, details)
       SELECT id, 'claimed', $3, jsonb_build_object('queue', $2::text) FROM taken RETURNING inquiry_id AS id`,
      [id, queue, adviser],
    );
    return rows.length === 1;
  }

  /** Every inquiry still waiting in a queue, oldest first: what the live queues are rebuilt from. */
  async queued(queue: string): Promise<{ id: string; receivedAt: Date }[]> {
    const rows: { id: string; received_at: Date }[] = await this.db.query(
      `SELECT id, received_at FROM inquiries WHERE queue = $1 AND status = 'queued' ORDER BY received_at, id`,
      [queue],
    );
    return rows.map((r) => ({ id: r.id, receivedAt: r.received_at }));
  }

  async find(id: string): Promise<InquiryRecord | null> {
    const inquiry = await this.db.getRepository(InquiryEntity).findOneBy({ id });
    if (!inquiry) return null;
    const [decision, history, thread] = await Promise.all([
      this.db.getRepository(RoutingDecisionEntity).findOneBy({ inquiryId: id }),
      this.db.getRepository(InquiryHistoryEntity).find({ where: { inquiryId: id }, order: { at: 'ASC', id: 'ASC' } }),
      this.db.getRepository(InquiryEntity).find({ where: { threadId: inquiry.threadId }, order: { receivedAt: 'ASC', id: 'ASC' } }),
    ]);
    return { inquiry, decision, history, thread };
  }
}
