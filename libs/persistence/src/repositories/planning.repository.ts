import { DataSource } from 'typeorm';
import type { Channel, ExtendedHoursProposalView } from '@inquiry-router/contracts';

/** What a supervisor sets on a planned shift (the audit's before and after are these fields). */
export interface RosterShiftFields {
  adviser: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local HH:mm, starts before ends. */
  starts: string;
  ends: string;
  queues: string[];
  channels: Channel[];
  languages: string[];
}

export interface RosterShiftRecord extends RosterShiftFields {
  id: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface PlanningSettings {
  /** Share of paid time not spent handling contacts. */
  shrinkage: number;
  /** The most advisers that can be rostered in a half-hour; null: as many as are on the adviser register. */
  maxAdvisers: number | null;
}

export type ProposalStatus = ExtendedHoursProposalView['status'];

/** A day the forecast cannot be met in normal hours, and the extended hours that would meet it: the view but what is decided on it. */
export type ProposalFields = Omit<ExtendedHoursProposalView, 'id' | 'status'>;

export interface ProposalRecord extends ProposalFields {
  id: string;
  status: ProposalStatus;
  openingExceptionId: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
}

export type PlanningAuditSubject = 'roster-shift' | 'proposal' | 'settings';
export type PlanningAuditAction = 'created' | 'updated' | 'deleted' | 'accepted' | 'dismissed';

export interface PlanningAuditEntry {
  id: string;
  at: Date;
  actor: string;
  subject: PlanningAuditSubject;
  subjectId: string;
  action: PlanningAuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type Tx = { query: DataSource['query'] };

const shiftColumns = `id, adviser, to_char(date, 'YYYY-MM-DD') AS date, starts, ends, queues, channels, languages,
  updated_at AS "updatedAt", updated_by AS "updatedBy"`;
const proposalColumns = `id, to_char(date, 'YYYY-MM-DD') AS date, opens, closes, reason, deadline_id, deadline_name,
  to_char(deadline_date, 'YYYY-MM-DD') AS deadline_date, contacts_beyond, status, opening_exception_id, decided_at, decided_by`;

interface StoredProposal {
  id: string;
  date: string;
  opens: string;
  closes: string;
  reason: string;
  deadline_id: string | null;
  deadline_name: string | null;
  deadline_date: string | null;
  contacts_beyond: number;
  status: ProposalStatus;
  opening_exception_id: string | null;
  decided_at: Date | null;
  decided_by: string | null;
}

const toProposal = (r: StoredProposal): ProposalRecord => ({
  id: r.id,
  date: r.date,
  opens: r.opens,
  closes: r.closes,
  reason: r.reason,
  deadline: r.deadline_id ? { deadlineId: r.deadline_id, name: r.deadline_name!, date: r.deadline_date! } : null,
  contactsBeyondNormalHours: r.contacts_beyond,
  status: r.status,
  openingExceptionId: r.opening_exception_id,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
});

const shiftFields = (r: RosterShiftFields): RosterShiftFields => ({
  adviser: r.adviser,
  date: r.date,
  starts: r.starts,
  ends: r.ends,
  queues: r.queues,
  channels: r.channels,
  languages: r.languages,
});

/**
 * Workforce planning's tables: the roster, the settings, the extended-hours proposals, and the
 * audit row every change writes in the same transaction (`planning_audit`).
 */
export class PlanningRepository {
  constructor(private readonly db: DataSource) {}

  async adviserExists(username: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM advisers WHERE username = $1`, [username]);
    return rows.length > 0;
  }

  async adviserCount(): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM advisers`);
    return row.n;
  }

  /** Everyone on the adviser register, with the languages they take, by name. */
  async rosterableAdvisers(): Promise<{ username: string; languages: string[] }[]> {
    return this.db.query(`SELECT username, languages FROM advisers ORDER BY username`);
  }

  /** Shifts on local dates from `from` to `to` (inclusive), by date, start and adviser. */
  async shifts(range: { from: string; to: string }): Promise<RosterShiftRecord[]> {
    return this.db.query(
      `SELECT ${shiftColumns} FROM roster_shifts WHERE date BETWEEN $1::date AND $2::date ORDER BY date, starts, adviser, id`,
      [range.from, range.to],
    );
  }

  async shift(id: string): Promise<RosterShiftRecord | null> {
    const [row]: RosterShiftRecord[] = await this.db.query(`SELECT ${shiftColumns} FROM roster_shifts WHERE id = $1`, [id]);
    return row ?? null;
  }

  async addShift(fields: RosterShiftFields, actor: string): Promise<RosterShiftRecord> {
    return this.db.transaction(async (tx) => {
      const [row]: RosterShiftRecord[] = await tx.query(
        `WITH added AS (
           INSERT INTO roster_shifts (adviser, date, starts, ends, queues, channels, languages, created_by, updated_by)
           VALUES ($1, $2::date, $3, $4, $5::text[], $6::text[], $7::text[], $8, $8) RETURNING *)
         SELECT ${shiftColumns} FROM added`,
        [fields.adviser, fields.date, fields.starts, fields.ends, fields.queues, fields.channels, fields.languages, actor],
      );
      await this.audit(tx, actor, 'roster-shift', row.id, 'created', null, shiftFields(row));
      return row;
    });
  }

  /** The shift after the change, or null when there is no such shift. */
  async changeShift(id: string, fields: RosterShiftFields, actor: string): Promise<RosterShiftRecord | null> {
    return this.db.transaction(async (tx) => {
      const [before]: RosterShiftRecord[] = await tx.query(`SELECT ${shiftColumns} FROM roster_shifts WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) return null;
      const [after]: RosterShiftRecord[] = await tx.query(
        `WITH changed AS (
           UPDATE roster_shifts SET adviser = $2, date = $3::date, starts = $4, ends = $5, queues = $6::text[], channels = $7::text[],
                  languages = $8::text[], updated_at = now(), updated_by = $9
            WHERE id = $1 RETURNING *)
         SELECT ${shiftColumns} FROM changed`,
        [id, fields.adviser, fields.date, fields.starts, fields.ends, fields.queues, fields.channels, fields.languages, actor],
      );
      await this.audit(tx, actor, 'roster-shift', id, 'updated', shiftFields(before), shiftFields(after));
      return after;
    });
  }

  /** The shift removed, or null when there was none. */
  async removeShift(id: string, actor: string): Promise<RosterShiftRecord | null> {
    return this.db.transaction(async (tx) => {
      const [before]: RosterShiftRecord[] = await tx.query(
        `WITH removed AS (DELETE FROM roster_shifts WHERE id = $1 RETURNING *) SELECT ${shiftColumns} FROM removed`,
        [id],
      );
      if (!before) return null;
      await this.audit(tx, actor, 'roster-shift', id, 'deleted', shiftFields(before), null);
      return before;
    });
  }

  /** Writes generated shifts in one go (a demo roster), replacing generated ones on the same dates. */
  async replaceGeneratedShifts(range: { from: string; to: string }, shifts: readonly RosterShiftFields[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM roster_shifts WHERE generated AND date BETWEEN $1::date AND $2::date`, [range.from, range.to]);
      if (shifts.length === 0) return 0;
      await tx.query(
        `INSERT INTO roster_shifts (adviser, date, starts, ends, queues, channels, languages, generated, created_by, updated_by)
         SELECT x.adviser, x.date::date, x.starts, x.ends, x.queues, x.channels, x.languages, true, 'generated', 'generated'
           FROM jsonb_to_recordset($1::jsonb) AS x(adviser text, date text, starts text, ends text, queues text[], channels text[], languages text[])`,
        [JSON.stringify(shifts)],
      );
      return shifts.length;
    });
  }

  async settings(): Promise<PlanningSettings> {
    const [row]: { shrinkage: number; max_advisers: number | null }[] = await this.db.query(
      `SELECT shrinkage, max_advisers FROM planning_settings`,
    );
    return row ? { shrinkage: row.shrinkage, maxAdvisers: row.max_advisers } : { shrinkage: 0.3, maxAdvisers: null };
  }

  async saveSettings(next: PlanningSettings, actor: string): Promise<PlanningSettings> {
    return this.db.transaction(async (tx) => {
      const [before]: { shrinkage: number; max_advisers: number | null }[] = await tx.query(
        `SELECT shrinkage, max_advisers FROM planning_settings FOR UPDATE`,
      );
      await tx.query(
        `INSERT INTO planning_settings (shrinkage, max_advisers, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET shrinkage = EXCLUDED.shrinkage, max_advisers = EXCLUDED.max_advisers,
           updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [next.shrinkage, next.maxAdvisers, actor],
      );
      const old = before ? { shrinkage: before.shrinkage, maxAdvisers: before.max_advisers } : null;
      await this.audit(tx, actor, 'settings', 'planning', 'updated', old, { ...next });
      return next;
    });
  }

  /** Proposals on local dates from `from` to `to` (inclusive), by date. */
  async proposals(range: { from?: string; to?: string } = {}): Promise<ProposalRecord[]> {
    const rows: StoredProposal[] = await this.db.query(
      `SELECT ${proposalColumns} FROM extended_hours_proposals
        WHERE ($1::date IS NULL OR date >= $1::date) AND ($2::date IS NULL OR date <= $2::date) ORDER BY date`,
      [range.from ?? null, range.to ?? null],
    );
    return rows.map(toProposal);
  }

  async proposal(id: string): Promise<ProposalRecord | null> {
    const [row]: StoredProposal[] = await this.db.query(`SELECT ${proposalColumns} FROM extended_hours_proposals WHERE id = $1`, [id]);
    return row ? toProposal(row) : null;
  }

  /**
   * Brings the open proposals on the dates from `from` to `to` in line with what the forecast
   * proposes now: new dates are proposed, open proposals take the new figures or go when the
   * forecast no longer needs them. Decided ones (accepted, dismissed) stay as they were decided.
   */
  async refreshProposals(
    range: { from: string; to: string },
    proposed: readonly ProposalFields[],
    actor: string,
  ): Promise<ProposalRecord[]> {
    return this.db.transaction(async (tx) => {
      const open: StoredProposal[] = await tx.query(
        `SELECT ${proposalColumns} FROM extended_hours_proposals WHERE date BETWEEN $1::date AND $2::date AND status = 'proposed' FOR UPDATE`,
        [range.from, range.to],
      );
      const wanted = new Set(proposed.map((p) => p.date));
      for (const stale of open.filter((o) => !wanted.has(o.date))) {
        await tx.query(`DELETE FROM extended_hours_proposals WHERE id = $1`, [stale.id]);
        await this.audit(tx, actor, 'proposal', stale.id, 'deleted', { ...toProposal(stale) }, null);
      }
      for (const p of proposed) {
        const [row]: StoredProposal[] = await tx.query(
          `WITH upserted AS (
             INSERT INTO extended_hours_proposals (date, opens, closes, reason, deadline_id, deadline_name, deadline_date, contacts_beyond)
             VALUES ($1::date, $2, $3, $4, $5, $6, $7::date, $8)
             ON CONFLICT (date) DO UPDATE SET opens = EXCLUDED.opens, closes = EXCLUDED.closes, reason = EXCLUDED.reason,
               deadline_id = EXCLUDED.deadline_id, deadline_name = EXCLUDED.deadline_name, deadline_date = EXCLUDED.deadline_date,
               contacts_beyond = EXCLUDED.contacts_beyond, updated_at = now()
             WHERE extended_hours_proposals.status = 'proposed'
             RETURNING *, (xmax = 0) AS inserted)
           SELECT ${proposalColumns}, inserted FROM upserted`,
          [
            p.date,
            p.opens,
            p.closes,
            p.reason,
            p.deadline?.deadlineId ?? null,
            p.deadline?.name ?? null,
            p.deadline?.date ?? null,
            p.contactsBeyondNormalHours,
          ],
        );
        if ((row as StoredProposal & { inserted?: boolean })?.inserted)
          await this.audit(tx, actor, 'proposal', row.id, 'created', null, { ...p });
      }
      const rows: StoredProposal[] = await tx.query(
        `SELECT ${proposalColumns} FROM extended_hours_proposals WHERE date BETWEEN $1::date AND $2::date ORDER BY date`,
        [range.from, range.to],
      );
      return rows.map(toProposal);
    });
  }

  /**
   * Decides an open proposal (accepted or dismissed), audited. One already decided the same way is
   * answered as it is (`already`); one decided the other way is a `conflict`; null: no such proposal.
   */
  async decideProposal(
    id: string,
    status: 'accepted' | 'dismissed',
    actor: string,
  ): Promise<{ outcome: 'decided' | 'already' | 'conflict'; proposal: ProposalRecord } | null> {
    return this.db.transaction(async (tx) => {
      const [row]: StoredProposal[] = await tx.query(`SELECT ${proposalColumns} FROM extended_hours_proposals WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (!row) return null;
      const before = toProposal(row);
      if (before.status === status) return { outcome: 'already', proposal: before };
      if (before.status !== 'proposed') return { outcome: 'conflict', proposal: before };
      const [after]: StoredProposal[] = await tx.query(
        `WITH decided AS (
           UPDATE extended_hours_proposals SET status = $2, decided_at = now(), decided_by = $3, updated_at = now()
            WHERE id = $1 RETURNING *)
         SELECT ${proposalColumns} FROM decided`,
        [id, status, actor],
      );
      await this.audit(tx, actor, 'proposal', id, status, { status: before.status }, { status });
      return { outcome: 'decided', proposal: toProposal(after) };
    });
  }

  /** Records the opening exception an accepted proposal ordered. */
  async attachOpeningException(id: string, openingExceptionId: string): Promise<ProposalRecord> {
    const [row]: StoredProposal[] = await this.db.query(
      `WITH attached AS (UPDATE extended_hours_proposals SET opening_exception_id = $2, updated_at = now() WHERE id = $1 RETURNING *)
       SELECT ${proposalColumns} FROM attached`,
      [id, openingExceptionId],
    );
    return toProposal(row);
  }

  /** Takes an acceptance back when its opening exception could not be ordered: proposed again, audited. */
  async reopenProposal(id: string, actor: string, why: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE extended_hours_proposals SET status = 'proposed', decided_at = NULL, decided_by = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit(tx, actor, 'proposal', id, 'updated', { status: 'accepted' }, { status: 'proposed', why });
    });
  }

  async auditTrail(filter: { subject?: PlanningAuditSubject; subjectId?: string; limit: number }): Promise<PlanningAuditEntry[]> {
    return this.db.query(
      `SELECT id::text, at, actor, subject, subject_id AS "subjectId", action, before, after FROM planning_audit
        WHERE ($1::text IS NULL OR subject = $1) AND ($2::text IS NULL OR subject_id = $2)
        ORDER BY at DESC, id DESC LIMIT $3`,
      [filter.subject ?? null, filter.subjectId ?? null, filter.limit],
    );
  }

  private async audit(
    tx: Tx,
    actor: string,
    subject: PlanningAuditSubject,
    subjectId: string,
    action: PlanningAuditAction,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO planning_audit (actor, subject, subject_id, action, before, after) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
      [actor, subject, subjectId, action, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after)],
    );
  }
}
