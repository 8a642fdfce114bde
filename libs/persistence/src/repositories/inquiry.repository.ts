import { DataSource } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import { outboxWriter } from './outbox.repository';
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
  /** Service level of a queued inquiry (computed by the router); absent for a forward. */
  serviceLevel?: { dueAt: Date; warnAt: Date; target: string } | null;
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

/** A person's change of where an inquiry goes, as the router carries it out. */
export interface InquiryReclassification {
  inquiryId: string;
  decision: RoutingDecision;
  /** The target the person saw when deciding. */
  previousTarget: string;
  source: string;
  actor: string;
  reason: string;
  reclassifiedAt: string;
  /** Where the new decision sends it: exactly one of queue or agency. */
  queue: string | null;
  agency: string | null;
}

export type ReclassificationOutcome =
  | { outcome: 'unknown-inquiry' }
  /** Overtaken by newer work (resolved, re-routed by someone else): nothing changed. */
  | { outcome: 'stale'; why: string }
  | {
      outcome: 'rerouted';
      /** The live queue it waited in before, to take it out of. */
      leftQueue: string | null;
      /** The routing still to be carried out now, as for a new inquiry; null once it is done. */
      pending: PendingRouting | null;
      inquiry: Inquiry;
      /** The decision in force now. */
      decision: RoutingDecision;
    };

type InquiryRow = {
  id: string;
  channel: Inquiry['channel'];
  received_at: Date;
  sender: Inquiry['from'];
  to_address: string;
  subject: string | null;
  body: string;
  language: Inquiry['language'] | null;
  service_code: string | null;
  thread_ref: string | null;
  attachments: Inquiry['attachments'];
  status: InquiryStatus;
  queue: string | null;
  agency: string | null;
  assigned_to: string | null;
};

type DecisionRow = {
  target: RoutingDecision['target'];
  kind: RoutingDecision['kind'];
  category: RoutingDecision['category'];
  agency: string | null;
  case_type: RoutingDecision['caseType'];
  confidence: number;
  reasons: string[];
  policy_version: string;
};

function inquiryOfRow(r: InquiryRow): Inquiry {
  return {
    id: r.id,
    channel: r.channel,
    receivedAt: r.received_at.toISOString(),
    from: r.sender,
    to: r.to_address,
    ...(r.subject !== null && { subject: r.subject }),
    body: r.body,
    ...(r.language !== null && { language: r.language }),
    ...(r.service_code !== null && { serviceCode: r.service_code }),
    ...(r.thread_ref !== null && { threadRef: r.thread_ref }),
    attachments: r.attachments,
  };
}

function decisionOfRow(d: DecisionRow): RoutingDecision {
  return {
    target: d.target,
    kind: d.kind,
    category: d.category,
    agency: d.agency,
    caseType: d.case_type,
    confidence: d.confidence,
    reasons: d.reasons,
    policyVersion: d.policy_version,
  };
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
                                service_code, thread_ref, thread_id, attachments, status, queue, agency,
                                due_at, sla_target, sla_warn_at)
         SELECT x.id, x.channel, x.received_at, x.sender, x.to_address, x.subject, x.body, x.language,
                x.service_code, x.thread_ref, x.thread_id, coalesce(x.attachments, '[]'), x.status, x.queue, x.agency,
                x.due_at, x.sla_target, x.sla_warn_at
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, channel text, received_at timestamptz, sender jsonb,
                to_address text, subject text, body text, language text, service_code text, thread_ref text,
                thread_id text, attachments jsonb, status text, queue text, agency text,
                due_at timestamptz, sla_target text, sla_warn_at timestamptz)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          JSON.stringify(
            placed.map(({ inquiry: i, queue, agency, threadId, status, serviceLevel }) => ({
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
              // Only work waiting in a queue has a due time; a reply joining its thread has none of its own.
              ...(status === 'queued' && serviceLevel
                ? { due_at: serviceLevel.dueAt.toISOString(), sla_target: serviceLevel.target, sla_warn_at: serviceLevel.warnAt.toISOString() }
                : {}),
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

  /**
   * Marks pending forwards done, each with its `inquiry.forwarded.v1` event in the outbox in the
   * same transaction; an inquiry no longer pending (a repeat) gets neither.
   */
  async markForwarded(forwards: { id: string; event: OutboxMessage }[]): Promise<void> {
    if (forwards.length === 0) return;
    await this.db.transaction(async (tx) => {
      const done: { id: string }[] = await tx.query(
        `WITH done AS (UPDATE inquiries SET status = 'forwarded' WHERE id = ANY($1::text[]) AND status = 'forward-pending' RETURNING id, agency),
              h AS (INSERT INTO inquiry_history (inquiry_id, event, details) SELECT id, 'forwarded', jsonb_build_object('agency', agency) FROM done)
         SELECT id FROM done`,
        [forwards.map((f) => f.id)],
      );
      const marked = new Set(done.map((r) => r.id));
      await outboxWriter.add(tx, forwards.filter((f) => marked.has(f.id)).map((f) => f.event));
    });
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

  /** An inquiry, only if it is forwarded to this agency: an agency never sees another agency's inquiries. */
  async findForwardedTo(agency: string, id: string): Promise<InquiryRecord | null> {
    const inquiry = await this.db.getRepository(InquiryEntity).findOneBy({ id, agency, status: 'forwarded' });
    return inquiry ? this.find(inquiry.id) : null;
  }

  /**
   * Records a person's change of decision in one transaction: the new decision, the inquiry's
   * new status, queue or agency (a claimed inquiry is released), and a history entry saying who,
   * why, from and to. Idempotent: a redelivered change is recognised by its history entry and
   * only the routing not yet carried out is returned again. A change overtaken by newer work
   * (`isStale` says why) changes nothing and is noted in the history once.
   */
  async reclassify(
    change: InquiryReclassification,
    isStale: (current: { status: string; target: string }, previousTarget: string) => string | null,
  ): Promise<ReclassificationOutcome> {
    return this.db.transaction(async (tx) => {
      const [current]: (InquiryRow & { target: string })[] = await tx.query(
        `SELECT i.*, d.target FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1 FOR UPDATE OF i`,
        [change.inquiryId],
      );
      if (!current) return { outcome: 'unknown-inquiry' };
      const [seen]: { event: string; details: { fromQueue?: string | null; why?: string } }[] = await tx.query(
        `SELECT event, details FROM inquiry_history
          WHERE inquiry_id = $1 AND event IN ('reclassified', 'reclassification-skipped')
            AND actor = $2 AND details->>'reclassifiedAt' = $3
          LIMIT 1`,
        [change.inquiryId, change.actor, change.reclassifiedAt],
      );
      if (seen?.event === 'reclassification-skipped') return { outcome: 'stale', why: seen.details.why ?? 'skipped before' };
      let leftQueue: string | null;
      if (seen) {
        leftQueue = seen.details.fromQueue ?? null;
      } else {
        const why = isStale({ status: current.status, target: current.target }, change.previousTarget);
        if (why !== null) {
          await tx.query(
            `INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, 'reclassification-skipped', $2, $3::jsonb)`,
            [change.inquiryId, change.actor, JSON.stringify({ source: change.source, to: change.decision.target, why, reclassifiedAt: change.reclassifiedAt })],
          );
          return { outcome: 'stale', why };
        }
        // Only a waiting inquiry sits in a live queue; a claimed one was popped when it was claimed.
        leftQueue = current.status === 'queued' ? current.queue : null;
        const d = change.decision;
        await tx.query(
          `UPDATE routing_decisions SET target = $2, kind = $3, category = $4, agency = $5, case_type = $6, confidence = $7,
                  reasons = $8::jsonb, policy_version = $9, decided_at = $10
            WHERE inquiry_id = $1`,
          [change.inquiryId, d.target, d.kind, d.category ?? null, d.agency ?? null, d.caseType ?? null, d.confidence, JSON.stringify(d.reasons), d.policyVersion, change.reclassifiedAt],
        );
        await tx.query(
          `UPDATE inquiries SET status = $2, queue = $3, agency = $4, assigned_to = NULL, assigned_at = NULL, reserved_by = NULL, reserved_until = NULL WHERE id = $1`,
          [change.inquiryId, change.queue ? 'queued' : 'forward-pending', change.queue, change.agency],
        );
        await tx.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, 'reclassified', $2, $3::jsonb)`, [
          change.inquiryId,
          change.actor,
          JSON.stringify({
            source: change.source,
            reason: change.reason,
            from: current.target,
            to: d.target,
            fromQueue: leftQueue,
            releasedFrom: current.status === 'claimed' ? current.assigned_to : null,
            reclassifiedAt: change.reclassifiedAt,
          }),
        ]);
      }
      const [now]: (InquiryRow & DecisionRow & { decision_agency: string | null })[] = await tx.query(
        `SELECT i.*, d.target, d.kind, d.category, d.agency AS decision_agency, d.case_type, d.confidence, d.reasons, d.policy_version
           FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
        [change.inquiryId],
      );
      const pending: PendingRouting | null =
        now.status === 'queued' || now.status === 'forward-pending'
          ? { id: now.id, status: now.status, queue: now.queue, agency: now.agency, receivedAt: now.received_at }
          : null;
      return { outcome: 'rerouted', leftQueue, pending, inquiry: inquiryOfRow(now), decision: decisionOfRow({ ...now, agency: now.decision_agency }) };
    });
  }
}
