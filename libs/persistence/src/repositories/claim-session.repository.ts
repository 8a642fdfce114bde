import { DataSource } from 'typeorm';
import type { Channel } from '@inquiry-router/contracts';
import { reservable, reservation } from '@inquiry-router/inquiry';
import { AdviserEntity } from '../entities/adviser.entity';
import { AdviserProfile } from './adviser.repository';
import { writeGuardedChange } from './inquiry-change.writer';
import { onTopicsOf, WorkEventMessage } from './outbox.repository';

/** A claim in progress: the adviser is locked (one claim at a time per adviser) with what they hold. */
export interface ClaimSession {
  profile: AdviserProfile;
  load: Record<Channel, number>;
  /** Records the reservation if the inquiry still waits unreserved in that queue. */
  reserve(id: string, queue: string, reservedUntil: Date, event: WorkEventMessage): Promise<boolean>;
}

/** Claims of work: an adviser's lock, what they hold, and the reservations they make. */
export class ClaimSessionRepository {
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
          // The rule is the lifecycle's (`reservable`); the update checks it atomically, so no inquiry is reserved twice.
          return writeGuardedChange(tx, id, reservable(queue), reservation(adviser, queue, reservedUntil), message);
        },
      });
    });
  }
}
