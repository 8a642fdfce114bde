import { DataSource } from 'typeorm';
import type { Channel } from '@inquiry-router/contracts';
import { reservable, reservation } from '@inquiry-router/inquiry';
import { AdviserProfile } from './adviser.repository';
import { CompetenceRecord, competenceOf, CompetenceRow } from './adviser-competence.repository';
import { AdviserUpdateRecord, updateOf, UpdateRow } from './adviser-update.repository';
import { guardedChangeSteps } from './inquiry-change.writer';
import type { InquiryRecord } from './inquiry.repository';
import { incidentLinksOf, inquiryRecordOf, InquiryRecordRow } from './inquiry-record.reader';
import { onTopicsOf, WorkEventMessage } from './outbox.repository';
import { PreparedStatement } from '../prepared-statement';

/**
 * What a reservation attempt came to: the inquiry as recorded for the adviser; `stale` when it no
 * longer waits unreserved in that queue; `overtaken` when another claim of the same adviser was
 * recorded since the session read what they hold (nothing recorded: read again and retry).
 */
export type ClaimAttempt = { reserved: InquiryRecord } | 'stale' | 'overtaken';

/** The read of the reserved inquiry's personal data that the claim's answer is (`personal_data_reads`): by the adviser. */
export interface ClaimRead {
  at: Date;
  roles: readonly string[];
  via: string;
}

/** A claim in progress: the adviser with what they hold and what bounds their claims, read in one statement. */
export interface ClaimSession {
  profile: AdviserProfile;
  load: Record<Channel, number>;
  competences: CompetenceRecord[];
  /** Required updates the adviser has not confirmed. */
  unconfirmed: AdviserUpdateRecord[];
  /**
   * Records the reservation in one statement, if the inquiry still waits unreserved in that queue
   * and no other claim of the adviser was recorded since this session read their load (so
   * capacity holds without holding a lock); answers with the inquiry as recorded. The answer
   * reveals the inquiry's personal data, so the same statement logs `read` of it: no reservation
   * handed out goes unlogged, and the log costs no round trip of its own.
   */
  reserve(id: string, queue: string, reservedUntil: Date, event: WorkEventMessage, read: ClaimRead): Promise<ClaimAttempt>;
}

type AdviserClaimRow = {
  username: string;
  lines: AdviserProfile['lines'];
  languages: AdviserProfile['languages'];
  agencies: AdviserProfile['agencies'];
  capacity: AdviserProfile['capacity'];
  presence: AdviserProfile['presence'];
  last_seen_at: Date | null;
  claims: string;
  load: Partial<Record<Channel, number>>;
  competences: (Omit<CompetenceRow, 'updated_at'> & { updated_at: string })[];
  unconfirmed: (Omit<UpdateRow, 'published_at'> & { published_at: string })[];
};

/**
 * A claim's first statement: the adviser, with what they hold and what bounds their claims ($1).
 * The heartbeat is written only when it says something new (offline, or last seen over a
 * second ago; the silence timeout is at least 2 s): an adviser claiming back to back reads
 * without writing, so the statement commits nothing and waits for no WAL flush.
 */
const openClaim = new PreparedStatement(
  'claim-open',
  `WITH seen AS (
     UPDATE advisers SET last_seen_at = now(), presence = CASE WHEN presence = 'offline' THEN 'available' ELSE presence END
      WHERE username = $1 AND (presence = 'offline' OR last_seen_at IS NULL OR last_seen_at < now() - interval '1 second')
     RETURNING *),
   added AS (
     INSERT INTO advisers AS a (username, presence, last_seen_at)
     SELECT $1, 'available', now() WHERE NOT EXISTS (SELECT 1 FROM advisers WHERE username = $1)
     ON CONFLICT (username) DO UPDATE SET last_seen_at = now(),
       presence = CASE WHEN a.presence = 'offline' THEN 'available' ELSE a.presence END
     RETURNING *),
   a AS (SELECT * FROM seen UNION ALL SELECT * FROM added
         UNION ALL SELECT * FROM advisers WHERE username = $1 AND NOT EXISTS (SELECT 1 FROM seen))
   SELECT a.username, a.lines, a.languages, a.agencies, a.capacity, a.presence, a.last_seen_at, a.claims::text AS claims,
          (SELECT coalesce(jsonb_object_agg(held.channel, held.n), '{}') FROM
             (SELECT channel, count(*)::int AS n FROM inquiries
               WHERE (status = 'claimed' AND assigned_to = $1) OR (status = 'queued' AND reserved_by = $1)
               GROUP BY channel) held) AS load,
          coalesce((SELECT jsonb_agg(to_jsonb(c) ORDER BY c.area_kind, c.area) FROM adviser_competences c WHERE c.adviser = $1), '[]') AS competences,
          coalesce((SELECT jsonb_agg(to_jsonb(u) ORDER BY u.published_at, u.id) FROM adviser_updates u
                     WHERE u.required_before_claiming
                       AND NOT EXISTS (SELECT 1 FROM adviser_update_confirmations c WHERE c.update_id = u.id AND c.adviser = $1)), '[]') AS unconfirmed
     FROM a`,
);

/**
 * Claims of work, at two Postgres statements each: one reads the adviser (a claim counts as a
 * heartbeat and brings an offline adviser back as available; an adviser read as it was a moment
 * before another claim of theirs is caught by the turn below) with what they hold per channel,
 * their competences and the required updates they have not confirmed; one records the reservation
 * with its history row, event and read-log row and returns the inquiry. One adviser's claims take
 * turns by the adviser's claim count (`advisers.claims`), checked and advanced by the recording
 * statement.
 */
export class ClaimSessionRepository {
  constructor(private readonly db: DataSource) {}

  async open(adviser: string, topicPrefix: string): Promise<ClaimSession> {
    const [row] = await openClaim.rows<AdviserClaimRow>(this.db, [adviser]);
    let claims = row.claims;
    return {
      profile: {
        username: row.username,
        lines: row.lines,
        languages: row.languages,
        agencies: row.agencies,
        capacity: row.capacity,
        presence: row.presence,
        lastSeenAt: row.last_seen_at,
      },
      load: { phone: 0, email: 0, social: 0, ...row.load },
      competences: row.competences.map((c) => competenceOf({ ...c, updated_at: new Date(c.updated_at) })),
      unconfirmed: row.unconfirmed.map((u) => updateOf({ ...u, published_at: new Date(u.published_at) })),
      reserve: async (id, queue, reservedUntil, event, read) => {
        const [message] = onTopicsOf(topicPrefix, [event]);
        const params: unknown[] = [id, adviser, claims, read.at, read.roles, read.via];
        // The rule is the lifecycle's (`reservable`); the update checks it atomically, so no inquiry
        // is reserved twice. The history and thread read here are the statement's snapshot, before
        // its own writes: the new history row and the inquiry as changed are added to them.
        const reserveClaim = new PreparedStatement(
          'claim-reserve',
          `WITH turn AS (UPDATE advisers SET claims = claims + 1 WHERE username = $2 AND claims = $3::bigint RETURNING claims),
           ${guardedChangeSteps('$1', reservable(queue), reservation(adviser, queue, reservedUntil), message, params, 'EXISTS (SELECT 1 FROM turn)')},
           logged AS (INSERT INTO personal_data_reads (at, actor, roles, inquiry_id, inquirer_id, via)
                      SELECT $4, $2, $5::text[], r.id, r.inquirer_id, $6 FROM r)
           SELECT (SELECT claims::text FROM turn) AS claims, r.id IS NOT NULL AS taken,
                  to_jsonb(r) AS inquiry,
                  (SELECT to_jsonb(d) FROM routing_decisions d WHERE d.inquiry_id = r.id) AS decision,
                  coalesce((SELECT jsonb_agg(x.row ORDER BY x.at, x.id) FROM (
                              SELECT to_jsonb(e) AS row, e.at, e.id FROM inquiry_history e WHERE e.inquiry_id = r.id
                              UNION ALL SELECT to_jsonb(h), h.at, h.id FROM h) x), '[]') AS history,
                  coalesce((SELECT jsonb_agg(x.row ORDER BY x.received_at, x.id) FROM (
                              SELECT to_jsonb(t) AS row, t.received_at, t.id FROM inquiries t WHERE t.thread_id = r.thread_id AND t.id <> r.id
                              UNION ALL SELECT to_jsonb(r), r.received_at, r.id) x), '[]') AS thread,
                  ${incidentLinksOf('r')} AS incidents
             FROM (SELECT 1) AS one LEFT JOIN r ON true`,
        );
        const [result] = await reserveClaim.rows<InquiryRecordRow & { claims: string | null; taken: boolean }>(this.db, params);
        if (result.claims === null) return 'overtaken';
        claims = result.claims;
        return result.taken ? { reserved: inquiryRecordOf(this.db, result) } : 'stale';
      },
    };
  }
}
