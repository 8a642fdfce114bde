import { DataSource } from 'typeorm';
import type { Channel, Presence, QueueName } from '@inquiry-router/contracts';

export interface AdviserProfile {
  username: string;
  lines: QueueName[];
  languages: string[];
  agencies: string[];
  capacity: Record<Channel, number>;
  presence: Presence;
  lastSeenAt: Date | null;
}

export interface AdviserWithLoad extends AdviserProfile {
  /** What they hold now per channel (reserved + accepted). */
  load: Record<Channel, number>;
  reserved: number;
  accepted: number;
}

export interface AdviserSkills {
  lines?: QueueName[];
  languages?: string[];
  agencies?: string[];
  capacity?: Partial<Record<Channel, number>>;
}

// `SELECT *` rows: the profile's columns under their SQL names.
type AdviserRow = Omit<AdviserProfile, 'lastSeenAt'> & { last_seen_at: Date | null };

const profileOf = (r: AdviserRow): AdviserProfile => ({
  username: r.username,
  lines: r.lines,
  languages: r.languages,
  agencies: r.agencies,
  capacity: r.capacity,
  presence: r.presence,
  lastSeenAt: r.last_seen_at,
});

/** Advisers' skills, capacity and presence. A row is made with the defaults on first use. */
export class AdviserRepository {
  constructor(private readonly db: DataSource) {}

  async find(username: string): Promise<AdviserProfile | null> {
    const [row]: AdviserRow[] = await this.db.query(`SELECT * FROM advisers WHERE username = $1`, [username]);
    return row ? profileOf(row) : null;
  }

  /** Sets skills and capacity (only the fields given); creates the adviser if needed. */
  async update(username: string, skills: AdviserSkills): Promise<AdviserProfile> {
    const [row]: AdviserRow[] = await this.db.query(
      `INSERT INTO advisers AS a (username, lines, languages, agencies, capacity)
       VALUES ($1, coalesce($2::text[], '{first-line}'), coalesce($3::text[], '{nb,nn,en}'), coalesce($4::text[], '{}'),
               '{"phone":1,"email":3,"social":3}'::jsonb || coalesce($5::jsonb, '{}'))
       ON CONFLICT (username) DO UPDATE SET
         lines = coalesce($2::text[], a.lines), languages = coalesce($3::text[], a.languages),
         agencies = coalesce($4::text[], a.agencies), capacity = a.capacity || coalesce($5::jsonb, '{}'), updated_at = now()
       RETURNING *`,
      [
        username,
        skills.lines ?? null,
        skills.languages ?? null,
        skills.agencies ?? null,
        skills.capacity ? JSON.stringify(skills.capacity) : null,
      ],
    );
    return profileOf(row);
  }

  /** Sets presence and counts as a heartbeat; returns the presence before. */
  async setPresence(username: string, presence: Presence): Promise<{ before: Presence; profile: AdviserProfile }> {
    const [row]: (AdviserRow & { before: Presence | null })[] = await this.db.query(
      `WITH before AS (SELECT presence FROM advisers WHERE username = $1)
       INSERT INTO advisers AS a (username, presence, last_seen_at) VALUES ($1, $2, now())
       ON CONFLICT (username) DO UPDATE SET presence = $2, last_seen_at = now(), updated_at = now()
       RETURNING a.*, (SELECT presence FROM before) AS before`,
      [username, presence],
    );
    return { before: row.before ?? 'offline', profile: profileOf(row) };
  }

  /** A heartbeat: the adviser is still there. Returns their presence (null: unknown adviser). */
  async heartbeat(username: string): Promise<AdviserProfile | null> {
    // As a CTE: TypeORM returns [rows, count] for a bare UPDATE.
    const [row]: AdviserRow[] = await this.db.query(
      `WITH u AS (UPDATE advisers SET last_seen_at = now() WHERE username = $1 RETURNING *) SELECT * FROM u`,
      [username],
    );
    return row ? profileOf(row) : null;
  }

  /**
   * Advisers whose heartbeat stopped more than `seconds` ago go offline. Each is returned by
   * exactly one caller (the update is conditional), so several instances may sweep at once.
   */
  async markSilentOffline(seconds: number): Promise<string[]> {
    const rows: { username: string }[] = await this.db.query(
      `WITH u AS (
         UPDATE advisers SET presence = 'offline', updated_at = now()
          WHERE presence <> 'offline' AND last_seen_at < now() - make_interval(secs => $1)
         RETURNING username)
       SELECT username FROM u`,
      [seconds],
    );
    return rows.map((r) => r.username);
  }

  /** Advisers with their presence and what they hold now. */
  async listWithLoad(): Promise<AdviserWithLoad[]> {
    const rows: (AdviserRow & { load: Record<string, number> | null; reserved: number; accepted: number })[] = await this.db.query(
      `SELECT a.*, l.load, coalesce(l.reserved, 0)::int AS reserved, coalesce(l.accepted, 0)::int AS accepted
         FROM advisers a
         LEFT JOIN LATERAL (
           SELECT jsonb_object_agg(channel, n) AS load, sum(reserved) AS reserved, sum(accepted) AS accepted FROM (
             SELECT channel, count(*)::int AS n, count(*) FILTER (WHERE status = 'queued') AS reserved, count(*) FILTER (WHERE status = 'claimed') AS accepted
               FROM inquiries
              WHERE (status = 'claimed' AND assigned_to = a.username) OR (status = 'queued' AND reserved_by = a.username)
              GROUP BY channel) per_channel) l ON true
        ORDER BY a.username`,
    );
    return rows.map((r) => ({
      ...profileOf(r),
      load: { phone: 0, email: 0, social: 0, ...(r.load ?? {}) },
      reserved: r.reserved,
      accepted: r.accepted,
    }));
  }

  /** How many advisers are available for a queue now (for the expected wait). */
  async availableFor(queue: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM advisers WHERE presence = 'available' AND $1 = ANY(lines)`,
      [queue],
    );
    return n;
  }
}
