import { DataSource } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { Channel, Language } from '@inquiry-router/contracts';
import { AdviserEntity } from '../entities/adviser.entity';
import { AdviserProfile } from './adviser.repository';
import { InquiryEntity, InquiryStatus } from '../entities/inquiry.entity';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { InquiryHistoryEntity } from '../entities/inquiry-history.entity';
import type { InquiryRecord } from './inquiry.repository';
import { outboxWriter } from './outbox.repository';

/**
 * An event of a work action, written to the outbox with the change: `topic` is the contract's
 * topic name, which the action names on the broker with the app's topic prefix when it writes it.
 */
export type WorkEventMessage = OutboxMessage;

/** An inquiry as the work actions see it, locked for the change. */
export interface WorkRow {
  id: string;
  channel: Channel;
  language: Language | null;
  receivedAt: Date;
  dueAt: Date | null;
  subject: string | null;
  status: InquiryStatus;
  queue: string | null;
  agency: string | null;
  assignedTo: string | null;
  reservedBy: string | null;
  reservedUntil: Date | null;
  overflowedAt: Date | null;
  threadId: string;
  /** The database's clock, so reservation times are judged by one clock. */
  now: Date;
  /** The routing decision in force (raw row), if any. */
  decision: Record<string, unknown> | null;
  /** The inquiry as stored, for events that carry it. */
  raw: Record<string, unknown>;
}

/** What an action does to a locked inquiry; columns not named stay as they are. */
export interface WorkChange {
  set: Partial<{
    status: InquiryStatus;
    queue: string | null;
    agency: string | null;
    assigned_to: string | null;
    assigned_at: 'now' | null;
    reserved_by: string | null;
    reserved_until: Date | null;
    overflowed_at: 'now' | null;
  }>;
  history: { event: string; actor: string; details: Record<string, unknown> };
  outbox: WorkEventMessage[];
  /** A new decision in force (an adviser forwarded it to an agency). */
  decision?: { target: string; kind: string; category: string | null; agency: string | null; caseType: string | null; reasons: string[] };
}

/** An action's verdict on the inquiry it looked at. */
export type WorkPlan = WorkChange | { refused: 'not-found' | 'conflict' | 'forbidden'; reason: string };

export type WorkOutcome = { outcome: 'done'; before: WorkRow } | { outcome: 'refused'; refused: 'not-found' | 'conflict' | 'forbidden'; reason: string };

/** A claim in progress: the adviser is locked (one claim at a time per adviser) with what they hold. */
export interface ClaimSession {
  profile: AdviserProfile;
  load: Record<Channel, number>;
  /** Records the reservation if the inquiry still waits unreserved in that queue. */
  reserve(id: string, queue: string, reservedUntil: Date, event: WorkEventMessage): Promise<boolean>;
}

/** A waiting inquiry as the live queues are rebuilt from. */
export interface WaitingInquiry {
  id: string;
  queue: string;
  channel: Channel;
  language: Language | null;
  receivedAt: Date;
  dueAt: Date | null;
  reservedBy: string | null;
  reservedUntil: Date | null;
}

type RawRow = Record<string, unknown> & {
  id: string;
  channel: Channel;
  language: Language | null;
  received_at: Date;
  due_at?: Date | null;
  subject: string | null;
  status: InquiryStatus;
  queue: string | null;
  agency: string | null;
  assigned_to: string | null;
  reserved_by: string | null;
  reserved_until: Date | null;
  overflowed_at: Date | null;
  thread_id: string;
  db_now: Date;
  decision: Record<string, unknown> | null;
};

const workRowOf = (r: RawRow): WorkRow => ({
  id: r.id,
  channel: r.channel,
  language: r.language,
  receivedAt: r.received_at,
  dueAt: r.due_at ?? null,
  subject: r.subject,
  status: r.status,
  queue: r.queue,
  agency: r.agency,
  assignedTo: r.assigned_to,
  reservedBy: r.reserved_by,
  reservedUntil: r.reserved_until,
  overflowedAt: r.overflowed_at,
  threadId: r.thread_id,
  now: r.db_now,
  decision: r.decision,
  raw: r,
});

/** The events as the outbox keeps them: under their full topic name on the broker. */
function onTopicsOf(topicPrefix: string, messages: WorkEventMessage[]): OutboxMessage[] {
  return messages.map((m) => ({ ...m, topic: `${topicPrefix}${m.topic}` }));
}

/**
 * The system of record for distributing work: reservations, the advisers' actions on inquiries,
 * and the outbox their events leave through. Every change writes its history row and its events
 * in the same transaction, under a lock on the inquiry, so each happens exactly once.
 */
export class WorkRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Runs a claim for one adviser: locks the adviser (creating them with the defaults; a claim
   * counts as a heartbeat and brings an offline adviser back as available), reads what they hold
   * per channel, and lets `run` reserve within the same transaction.
   */
  async claimSession<T>(adviser: string, topicPrefix: string, run: (session: ClaimSession) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const [row]: (AdviserEntity & { last_seen_at: Date | null })[] = await tx.query(
        `INSERT INTO advisers AS a (username, presence, last_seen_at) VALUES ($1, 'available', now())
         ON CONFLICT (username) DO UPDATE SET last_seen_at = now(),
           presence = CASE WHEN a.presence = 'offline' THEN 'available' ELSE a.presence END
         RETURNING *`,
        [adviser],
      );
      const held: { channel: Channel; n: number }[] = await tx.query(
        `SELECT channel, count(*)::int AS n FROM inquiries
          WHERE (status = 'claimed' AND assigned_to = $1) OR (status = 'queued' AND reserved_by = $1)
          GROUP BY channel`,
        [adviser],
      );
      const load: Record<Channel, number> = { phone: 0, email: 0, social: 0 };
      for (const h of held) load[h.channel] = h.n;
      const profile: AdviserProfile = {
        username: row.username,
        lines: row.lines,
        languages: row.languages,
        agencies: row.agencies,
        capacity: row.capacity,
        presence: row.presence,
        lastSeenAt: row.last_seen_at,
      };
      return run({
        profile,
        load,
        reserve: async (id, queue, reservedUntil, event) => {
          const [message] = onTopicsOf(topicPrefix, [event]);
          // The outbox row is written in the reservation's own statement: a claim stays one round trip.
          const taken: { id: string }[] = await tx.query(
            `WITH r AS (
               UPDATE inquiries SET reserved_by = $2, reserved_until = $3
                WHERE id = $1 AND queue = $4 AND status = 'queued' AND reserved_by IS NULL RETURNING id),
             h AS (INSERT INTO inquiry_history (inquiry_id, event, actor, details)
                   SELECT id, 'reserved', $2, jsonb_build_object('queue', $4::text, 'reservedUntil', $5::text) FROM r),
             o AS (INSERT INTO outbox (topic, message_key, payload) SELECT $6, $7, $8::jsonb FROM r)
             SELECT id FROM r`,
            [id, adviser, reservedUntil, queue, reservedUntil.toISOString(), message.topic, message.key, JSON.stringify(message.payload)],
          );
          return taken.length === 1;
        },
      });
    });
  }

  /**
   * Applies one action to one inquiry: locks it, lets `plan` decide from what it sees (who holds
   * it, its status, the database clock), then writes the change, its history row and its events.
   */
  async act(id: string, topicPrefix: string, plan: (row: WorkRow) => WorkPlan): Promise<WorkOutcome> {
    return this.db.transaction(async (tx) => {
      const [raw]: RawRow[] = await tx.query(
        `SELECT i.*, now() AS db_now, to_jsonb(d) AS decision
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.id = $1 FOR UPDATE OF i`,
        [id],
      );
      if (!raw) return { outcome: 'refused', refused: 'not-found', reason: `no inquiry ${id}` };
      const row = workRowOf(raw);
      const change = plan(row);
      if ('refused' in change) return { outcome: 'refused', refused: change.refused, reason: change.reason };
      const columns = Object.entries(change.set);
      if (columns.length > 0) {
        const params: unknown[] = [id];
        const assignments = columns.map(([col, value]) => {
          if (value === 'now') return `${col} = now()`;
          params.push(value);
          return `${col} = $${params.length}`;
        });
        await tx.query(`UPDATE inquiries SET ${assignments.join(', ')} WHERE id = $1`, params);
      }
      if (change.decision) {
        const d = change.decision;
        await tx.query(
          `UPDATE routing_decisions SET target = $2, kind = $3, category = $4, agency = $5, case_type = $6, reasons = $7::jsonb, decided_at = now() WHERE inquiry_id = $1`,
          [id, d.target, d.kind, d.category, d.agency, d.caseType, JSON.stringify(d.reasons)],
        );
      }
      await tx.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, $2, $3, $4::jsonb)`, [
        id,
        change.history.event,
        change.history.actor,
        JSON.stringify(change.history.details),
      ]);
      await outboxWriter.add(tx, onTopicsOf(topicPrefix, change.outbox));
      return { outcome: 'done', before: row };
    });
  }

  /**
   * An inquiry with its decision, history and conversation in one round trip (what a claim
   * answers with; the same record as `InquiryRepository.find`, read without entity hydration).
   */
  async record(id: string): Promise<InquiryRecord | null> {
    const [row]: { inquiry: Record<string, unknown>; decision: Record<string, unknown> | null; history: Record<string, unknown>[]; thread: Record<string, unknown>[] }[] =
      await this.db.query(
        `SELECT to_jsonb(i) AS inquiry, to_jsonb(d) AS decision,
                coalesce((SELECT jsonb_agg(to_jsonb(h) ORDER BY h.at, h.id) FROM inquiry_history h WHERE h.inquiry_id = i.id), '[]') AS history,
                coalesce((SELECT jsonb_agg(to_jsonb(t) ORDER BY t.received_at, t.id) FROM inquiries t WHERE t.thread_id = i.thread_id), '[]') AS thread
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.id = $1`,
        [id],
      );
    if (!row) return null;
    return {
      inquiry: this.entityOf(InquiryEntity, row.inquiry),
      decision: row.decision ? this.entityOf(RoutingDecisionEntity, row.decision) : null,
      history: row.history.map((h) => this.entityOf(InquiryHistoryEntity, h)),
      thread: row.thread.map((t) => this.entityOf(InquiryEntity, t)),
    };
  }

  /** A JSON row as the entity TypeORM would make of it (column names mapped, times as Dates). */
  private entityOf<T>(entity: new () => T, json: Record<string, unknown>): T {
    const out = new entity() as Record<string, unknown>;
    for (const column of this.db.getMetadata(entity).columns) {
      const value = json[column.databaseName];
      out[column.propertyName] = value != null && column.type === 'timestamptz' ? new Date(value as string) : (value ?? null);
    }
    return out as T;
  }

  /** What an adviser holds reserved now (to release when they go offline). */
  async reservedBy(adviser: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM inquiries WHERE reserved_by = $1 AND status = 'queued'`, [adviser]);
    return rows.map((r) => r.id);
  }

  /** Every inquiry waiting in a queue, reserved ones with their holder: what the live queues are rebuilt from. */
  async waiting(queue: string): Promise<WaitingInquiry[]> {
    const rows: { id: string; channel: Channel; language: Language | null; received_at: Date; due_at: Date | null; reserved_by: string | null; reserved_until: Date | null }[] =
      await this.db.query(
        `SELECT id, channel, language, received_at, to_jsonb(i)->>'due_at' AS due_at, reserved_by, reserved_until
           FROM inquiries i WHERE queue = $1 AND status = 'queued' ORDER BY received_at, id`,
        [queue],
      );
    return rows.map((r) => ({
      id: r.id,
      queue,
      channel: r.channel,
      language: r.language,
      receivedAt: r.received_at,
      dueAt: r.due_at ? new Date(r.due_at) : null,
      reservedBy: r.reserved_by,
      reservedUntil: r.reserved_until,
    }));
  }

  /** An inquiry's service-level due time, if it has one (for its queue score). */
  async dueAt(id: string): Promise<Date | null> {
    const [row]: { due_at: string | null }[] = await this.db.query(`SELECT to_jsonb(i)->>'due_at' AS due_at FROM inquiries i WHERE id = $1`, [id]);
    return row?.due_at ? new Date(row.due_at) : null;
  }

  /** The inquiries among `ids` that wait unreserved in `queue` and were received before `before`, not yet overflowed. */
  async overdue(queue: string, ids: string[], olderThanMinutes: number): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM inquiries
        WHERE id = ANY($1::text[]) AND queue = $2 AND status = 'queued' AND reserved_by IS NULL AND overflowed_at IS NULL
          AND received_at < now() - make_interval(mins => $3)`,
      [ids, queue, olderThanMinutes],
    );
    return rows.map((r) => r.id);
  }

  /** The stored distribution policy document (defaults apply for what it leaves out). */
  async policyDocument(): Promise<Record<string, unknown>> {
    const [row]: { document: Record<string, unknown> }[] = await this.db.query(`SELECT document FROM work_policy WHERE id`);
    return row?.document ?? {};
  }

  async savePolicyDocument(document: Record<string, unknown>, by: string): Promise<void> {
    await this.db.query(
      `INSERT INTO work_policy (id, document, updated_by) VALUES (true, $1::jsonb, $2)
       ON CONFLICT (id) DO UPDATE SET document = $1::jsonb, updated_by = $2, updated_at = now()`,
      [JSON.stringify(document), by],
    );
  }

  /** History rows for changes made outside an action (the router's diverts), with their events in the outbox. */
  async addHistory(entries: { inquiryId: string; event: string; actor: string; details: Record<string, unknown> }[], events: readonly OutboxMessage[] = []): Promise<void> {
    if (entries.length === 0) return;
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
         SELECT x.inquiry_id, x.event, x.actor, x.details FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, event text, actor text, details jsonb)`,
        [JSON.stringify(entries.map((e) => ({ inquiry_id: e.inquiryId, event: e.event, actor: e.actor, details: e.details })))],
      );
      await outboxWriter.add(tx, events);
    });
  }
}
