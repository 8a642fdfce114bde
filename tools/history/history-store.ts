import { DataSource, EntityManager } from 'typeorm';
import { FilingDeadlineRepository, OpeningCalendarRepository } from '@inquiry-router/persistence';
import type { OpeningException } from '@inquiry-router/opening-hours';
import type { DayOfHistory, ExtendedHours } from './history-plan';

/** Rows per INSERT: one statement of arrays (unnest) per table and batch. */
const batchSize = 5_000;

/** The inputs a history is generated from, as the system of record has them. */
export interface HistoryInputs {
  deadlines: Awaited<ReturnType<FilingDeadlineRepository['list']>>;
  exceptions: OpeningException[];
  agencies: string[];
  policyVersion: string;
}

/**
 * Where generated history is written and removed: the inquiries (marked `generated`, ids with the
 * `gen-` prefix), their decisions and history rows (removed with them by ON DELETE CASCADE), and
 * the extended hours of their deadline eves (`opening_exceptions`, marked `generated`).
 */
export class HistoryStore {
  constructor(private readonly db: DataSource) {}

  async inputs(from: string, to: string): Promise<HistoryInputs> {
    const [deadlines, ordered, [policy]] = await Promise.all([
      new FilingDeadlineRepository(this.db).list({ includeInactive: false }),
      new OpeningCalendarRepository(this.db).exceptions({ from, to }),
      this.db.query<{ version: string; agencies: string[] }[]>(
        `SELECT version, ARRAY(SELECT a->>'code' FROM jsonb_array_elements(document->'agencies') a) AS agencies
           FROM policy_versions WHERE is_active`,
      ),
    ]);
    const generated: { id: string }[] = await this.db.query(`SELECT id FROM opening_exceptions WHERE generated`);
    const skip = new Set(generated.map((g) => g.id));
    const exceptions = ordered
      .filter((e) => !skip.has(e.id))
      .map((e): OpeningException =>
        e.kind === 'extended'
          ? { kind: 'extended', date: e.date, opens: e.opens!, closes: e.closes! }
          : { kind: 'closed', date: e.date, ...(e.opens ? { opens: e.opens, closes: e.closes! } : {}) },
      );
    if (!policy) throw new Error('no routing policy is active: run the migrations first');
    return { deadlines, exceptions, agencies: policy.agencies, policyVersion: policy.version };
  }

  /** Generated inquiries received on the local dates from `from` to `to`, and their first and last date. */
  async generatedIn(from: string, to: string): Promise<{ count: number; first: string | null; last: string | null }> {
    const [row]: { count: number; first: string | null; last: string | null }[] = await this.db.query(
      `SELECT count(*)::int AS count,
              to_char(min(received_at) AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS first,
              to_char(max(received_at) AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS last
         FROM inquiries
        WHERE generated AND received_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Oslo')
          AND received_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Oslo')`,
      [from, to],
    );
    return row;
  }

  /** Removes generated rows (on the dates from `from` to `to`, or all): how many inquiries went. */
  async remove(range?: { from: string; to: string }, tx: EntityManager = this.db.manager): Promise<number> {
    const [from, to] = range ? [range.from, range.to] : [null, null];
    const gone: { count: number }[] = await tx.query(
      `WITH gone AS (
         DELETE FROM inquiries
          WHERE generated
            AND ($1::date IS NULL OR received_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Oslo'))
            AND ($2::date IS NULL OR received_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Oslo'))
         RETURNING 1)
       SELECT count(*)::int AS count FROM gone`,
      [from, to],
    );
    await tx.query(
      `DELETE FROM opening_exceptions WHERE generated AND ($1::date IS NULL OR date >= $1::date) AND ($2::date IS NULL OR date <= $2::date)`,
      [from, to],
    );
    return gone[0].count;
  }

  /**
   * Writes a history in one transaction (all of it or nothing), `replace`: after removing what was
   * generated on the same dates. Returns the counts written.
   */
  async write(
    range: { from: string; to: string },
    extendedHours: readonly ExtendedHours[],
    days: Iterable<DayOfHistory>,
    options: { replace: boolean },
  ): Promise<{ inquiries: number; history: number; extendedHours: number }> {
    const written = await this.db.transaction(async (tx) => {
      if (options.replace) await this.remove(range, tx);
      await tx.query(
        `INSERT INTO opening_exceptions (date, opens, closes, kind, reason, ordered_by, generated)
         SELECT x.date, x.opens, x.closes, 'extended', x.reason, 'history-generator', true
           FROM unnest($1::date[], $2::text[], $3::text[], $4::text[]) AS x(date, opens, closes, reason)`,
        [
          extendedHours.map((e) => e.date),
          extendedHours.map((e) => e.opens),
          extendedHours.map((e) => e.closes),
          extendedHours.map((e) => e.reason),
        ],
      );
      let batch: DayOfHistory = { date: '', inquiries: [], decisions: [], history: [] };
      const counts = { inquiries: 0, history: 0, extendedHours: extendedHours.length };
      const flush = async () => {
        await insertBatch(tx, batch);
        counts.inquiries += batch.inquiries.length;
        counts.history += batch.history.length;
        batch = { date: '', inquiries: [], decisions: [], history: [] };
      };
      for (const day of days) {
        batch.inquiries.push(...day.inquiries);
        batch.decisions.push(...day.decisions);
        batch.history.push(...day.history);
        if (batch.inquiries.length >= batchSize) await flush();
      }
      await flush();
      return counts;
    });
    // Hundreds of thousands of rows at once: the planner's statistics are brought up to date now,
    // not whenever autovacuum comes by (or never, where it is off), so the first reports read well.
    await this.db.query(`ANALYZE inquiries, routing_decisions, inquiry_history, opening_exceptions`);
    return written;
  }
}

async function insertBatch(tx: EntityManager, batch: DayOfHistory): Promise<void> {
  if (batch.inquiries.length === 0) return;
  const i = batch.inquiries;
  const col = <T>(pick: (row: (typeof i)[number]) => T) => i.map(pick);
  await tx.query(
    `INSERT INTO inquiries (id, channel, received_at, sender, to_address, subject, body, language, status, queue, agency,
                            assigned_to, assigned_at, recorded_at, thread_id, due_at, sla_target, sla_warn_at, sla_warned_at,
                            sla_breached_at, generated)
     SELECT x.id, x.channel, x.received_at, x.sender::jsonb, x.to_address, x.subject, x.body, x.language, x.status, x.queue, x.agency,
            x.assigned_to, x.assigned_at, x.recorded_at, x.id, x.due_at, x.sla_target, x.sla_warn_at, x.sla_warned_at, x.sla_breached_at, true
       FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::text[],
                   $17::timestamptz[], $18::timestamptz[], $19::timestamptz[])
         AS x(id, channel, received_at, sender, to_address, subject, body, language, status, queue, agency, assigned_to, assigned_at,
              recorded_at, due_at, sla_target, sla_warn_at, sla_warned_at, sla_breached_at)`,
    [
      col((r) => r.id),
      col((r) => r.channel),
      col((r) => r.receivedAt),
      col((r) => r.sender),
      col((r) => r.toAddress),
      col((r) => r.subject),
      col((r) => r.body),
      col((r) => r.language),
      col((r) => r.status),
      col((r) => r.queue),
      col((r) => r.agency),
      col((r) => r.assignedTo),
      col((r) => r.assignedAt),
      col((r) => r.recordedAt),
      col((r) => r.dueAt),
      col((r) => r.slaTarget),
      col((r) => r.slaWarnAt),
      col((r) => r.slaWarnedAt),
      col((r) => r.slaBreachedAt),
    ],
  );
  const d = batch.decisions;
  await tx.query(
    `INSERT INTO routing_decisions (inquiry_id, target, kind, category, agency, case_type, confidence, reasons, reason_codes, policy_version, decided_at)
     SELECT x.inquiry_id, x.target, x.kind, x.category, x.agency, x.case_type, x.confidence, x.reasons::jsonb, x.reason_codes::jsonb, x.policy_version, x.decided_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::real[], $8::text[], $9::text[], $10::timestamptz[], $11::text[])
         AS x(inquiry_id, target, kind, category, agency, case_type, confidence, reasons, policy_version, decided_at, reason_codes)`,
    [
      d.map((r) => r.inquiryId),
      d.map((r) => r.target),
      d.map((r) => r.kind),
      d.map((r) => r.category),
      d.map((r) => r.agency),
      d.map((r) => r.caseType),
      d.map((r) => r.confidence),
      d.map((r) => r.reasons),
      d.map((r) => r.policyVersion),
      d.map((r) => r.decidedAt),
      d.map((r) => r.reasonCodes),
    ],
  );
  const h = batch.history;
  for (let start = 0; start < h.length; start += batchSize * 4) {
    const part = h.slice(start, start + batchSize * 4);
    await tx.query(
      `INSERT INTO inquiry_history (inquiry_id, at, event, actor, details)
       SELECT x.inquiry_id, x.at, x.event, x.actor, x.details::jsonb
         FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[]) AS x(inquiry_id, at, event, actor, details)`,
      [part.map((r) => r.inquiryId), part.map((r) => r.at), part.map((r) => r.event), part.map((r) => r.actor), part.map((r) => r.details)],
    );
  }
}
