import { DataSource } from 'typeorm';
import type { CompetenceAreaKind, CompetenceAuditView, CompetenceLevel } from '@inquiry-router/contracts';

/** A competence as recorded: the level in one category or queue, a trainee's mentor, and who set it when. */
export interface CompetenceRecord {
  areaKind: CompetenceAreaKind;
  area: string;
  level: CompetenceLevel;
  mentor: string | null;
  updatedBy: string;
  updatedAt: Date;
}

/** An adviser on the register with the queues they take work from and their competences. */
export interface AdviserCompetences {
  adviser: string;
  lines: string[];
  competences: CompetenceRecord[];
}

/** One change of a competence, as the view has it but with the time as a Date. */
export type CompetenceAuditRecord = Omit<CompetenceAuditView, 'changedAt'> & { changedAt: Date };

/** A competence to set (level null: removed). */
export interface CompetenceSetting {
  adviser: string;
  areaKind: CompetenceAreaKind;
  area: string;
  level: CompetenceLevel | null;
  mentor: string | null;
}

/** A trainee's escalation the mentor holds now. */
export interface MenteeEscalationRecord {
  inquiryId: string;
  trainee: string;
  category: string | null;
  queue: string | null;
  note: string;
  escalatedAt: Date;
}

/** A row of `adviser_competences` as Postgres gives it. */
export type CompetenceRow = {
  area_kind: CompetenceAreaKind;
  area: string;
  level: CompetenceLevel;
  mentor: string | null;
  updated_by: string;
  updated_at: Date;
};

export const competenceOf = (r: CompetenceRow): CompetenceRecord => ({
  areaKind: r.area_kind,
  area: r.area,
  level: r.level,
  mentor: r.mentor,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** Advisers' competences and mentors, every change audited in the same transaction. */
export class AdviserCompetenceRepository {
  constructor(private readonly db: DataSource) {}

  /** An adviser's competences; null when they are not on the register. */
  async competencesOf(adviser: string): Promise<CompetenceRecord[] | null> {
    const rows: CompetenceRow[] = await this.db.query(
      `SELECT c.* FROM advisers a LEFT JOIN adviser_competences c ON c.adviser = a.username
        WHERE a.username = $1 ORDER BY c.area_kind, c.area`,
      [adviser],
    );
    if (rows.length === 0) return null;
    return rows.filter((r) => r.area_kind !== null).map(competenceOf);
  }

  /** Every adviser on the register with their queues and competences, by name; only `adviser` when named. */
  async register(adviser?: string): Promise<AdviserCompetences[]> {
    const rows: { username: string; lines: string[]; competences: CompetenceRow[] }[] = await this.db.query(
      `SELECT a.username, a.lines,
              coalesce(jsonb_agg(to_jsonb(c) ORDER BY c.area_kind, c.area) FILTER (WHERE c.adviser IS NOT NULL), '[]') AS competences
         FROM advisers a LEFT JOIN adviser_competences c ON c.adviser = a.username
        WHERE $1::text IS NULL OR a.username = $1
        GROUP BY a.username, a.lines ORDER BY a.username`,
      [adviser ?? null],
    );
    return rows.map((r) => ({
      adviser: r.username,
      lines: r.lines,
      competences: r.competences.map((c) => competenceOf({ ...c, updated_at: new Date(c.updated_at) })),
    }));
  }

  /**
   * Sets (or with level null removes) one competence and audits it with before and after, in one
   * transaction under a lock on the competence. Null when the adviser is not on the register; the
   * change is not audited when it changes nothing.
   */
  async set(setting: CompetenceSetting, actor: string): Promise<CompetenceRecord | 'unchanged' | 'removed' | null> {
    return this.db.transaction(async (tx) => {
      const [known]: unknown[] = await tx.query(`SELECT 1 FROM advisers WHERE username = $1 FOR SHARE`, [setting.adviser]);
      if (!known) return null;
      const key = [setting.adviser, setting.areaKind, setting.area];
      const [before]: CompetenceRow[] = await tx.query(
        `SELECT * FROM adviser_competences WHERE adviser = $1 AND area_kind = $2 AND area = $3 FOR UPDATE`,
        key,
      );
      if ((before?.level ?? null) === setting.level && (before?.mentor ?? null) === setting.mentor) return 'unchanged';
      let after: CompetenceRow | undefined;
      if (setting.level === null) {
        await tx.query(`DELETE FROM adviser_competences WHERE adviser = $1 AND area_kind = $2 AND area = $3`, key);
      } else {
        [after] = await tx.query(
          `INSERT INTO adviser_competences (adviser, area_kind, area, level, mentor, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (adviser, area_kind, area) DO UPDATE SET level = $4, mentor = $5, updated_by = $6, updated_at = now()
           RETURNING *`,
          [...key, setting.level, setting.mentor, actor],
        );
      }
      await tx.query(
        `INSERT INTO adviser_competence_audit (adviser, area_kind, area, from_level, to_level, from_mentor, to_mentor, changed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...key, before?.level ?? null, setting.level, before?.mentor ?? null, setting.mentor, actor],
      );
      return after ? competenceOf(after) : 'removed';
    });
  }

  /** The audit, newest first; of one adviser when named. */
  async audit(adviser?: string, limit = 200): Promise<CompetenceAuditRecord[]> {
    const rows: {
      adviser: string;
      area_kind: CompetenceAreaKind;
      area: string;
      from_level: CompetenceLevel | null;
      to_level: CompetenceLevel | null;
      from_mentor: string | null;
      to_mentor: string | null;
      changed_by: string;
      changed_at: Date;
    }[] = await this.db.query(
      `SELECT * FROM adviser_competence_audit WHERE ($1::text IS NULL OR adviser = $1) ORDER BY changed_at DESC, id DESC LIMIT $2`,
      [adviser ?? null, limit],
    );
    return rows.map((r) => ({
      adviser: r.adviser,
      areaKind: r.area_kind,
      area: r.area,
      fromLevel: r.from_level,
      toLevel: r.to_level,
      fromMentor: r.from_mentor,
      toMentor: r.to_mentor,
      changedBy: r.changed_by,
      changedAt: r.changed_at,
    }));
  }

  /**
   * What the mentor holds now because a trainee escalated it to them: accepted inquiries assigned
   * to the mentor whose latest hand-over was a trainee's escalation to this mentor. Answered (and
   * resolved) or passed on, it leaves the list by itself.
   */
  async escalationsHeldBy(mentor: string): Promise<MenteeEscalationRecord[]> {
    const rows: {
      inquiry_id: string;
      at: Date;
      details: { trainee: string; category: string | null; queue: string | null; note: string };
    }[] = await this.db.query(
      `SELECT h.inquiry_id, h.at, h.details
           FROM inquiries i
           JOIN LATERAL (
             SELECT * FROM inquiry_history h
              WHERE h.inquiry_id = i.id AND h.event IN ('accepted', 'escalated-to-mentor')
              ORDER BY h.at DESC, h.id DESC LIMIT 1) h ON true
          WHERE i.status = 'claimed' AND i.assigned_to = $1 AND h.event = 'escalated-to-mentor' AND h.details->>'mentor' = $1
          ORDER BY h.at`,
      [mentor],
    );
    return rows.map((r) => ({
      inquiryId: r.inquiry_id,
      trainee: r.details.trainee,
      category: r.details.category,
      queue: r.details.queue,
      note: r.details.note,
      escalatedAt: r.at,
    }));
  }
}
