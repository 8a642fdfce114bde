import { DataSource } from 'typeorm';
import type { Channel } from '@inquiry-router/contracts';

/** Contacts of one channel received in the half-hour starting at `intervalStart`. */
export interface ContactIntervalCount {
  intervalStart: Date;
  channel: Channel;
  count: number;
}

/** How long advisers held inquiries of a channel in a queue, from accepting one to resolving it. */
export interface HandleTimeStats {
  channel: Channel;
  queue: string;
  handled: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
}

/**
 * The contact history as workforce planning reads it, from whatever the inquiries table holds:
 * every inquiry is a contact at its received time (a reply joining a conversation is work too).
 * Read only.
 */
export class ContactHistoryReader {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts per channel and half-hour received in [from, to), on half-hours of UTC — which are the
   * half-hours of any zone whose offset is whole or half hours, Europe/Oslo's among them.
   */
  async countsPerInterval(from: Date, to: Date): Promise<ContactIntervalCount[]> {
    const rows: { interval_start: Date; channel: Channel; count: number }[] = await this.db.query(
      `SELECT date_bin('30 minutes', received_at, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS interval_start, channel, count(*)::int AS count
         FROM inquiries
        WHERE received_at >= $1 AND received_at < $2
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      [from, to],
    );
    return rows.map((r) => ({ intervalStart: r.interval_start, channel: r.channel, count: r.count }));
  }

  /** The first and last received time in the table, or null when it is empty. */
  async receivedSpan(): Promise<{ first: Date; last: Date } | null> {
    const [row]: { first: Date | null; last: Date | null }[] = await this.db.query(
      `SELECT min(received_at) AS first, max(received_at) AS last FROM inquiries`,
    );
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }

  /** Whether any of the contacts received in [from, to) was written by the history generator (`npm run history:generate`). */
  async anyGenerated(from: Date, to: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM inquiries WHERE generated AND received_at >= $1 AND received_at < $2 LIMIT 1`,
      [from, to],
    );
    return rows.length > 0;
  }

  /**
   * Handle times of the inquiries resolved in [from, to) by an adviser: from the last `accepted`
   * before the `resolved` entry of the history (one released and taken again counts from its last
   * acceptance), by channel and by the queue it was accepted from. Agencies' answers have no acceptance and are left out.
   */
  async handleTimes(from: Date, to: Date): Promise<HandleTimeStats[]> {
    const rows: { channel: Channel; queue: string; handled: number; mean: number; median: number; p90: number }[] = await this.db.query(
      `WITH handled AS (
         SELECT i.channel, coalesce(a.details->>'queue', i.queue, 'unknown') AS queue, extract(epoch FROM r.at - a.at)::float8 AS seconds
           FROM inquiry_history r
           JOIN inquiries i ON i.id = r.inquiry_id
           JOIN LATERAL (
             SELECT h.at, h.details FROM inquiry_history h
              WHERE h.inquiry_id = r.inquiry_id AND h.event = 'accepted' AND h.at <= r.at
              ORDER BY h.at DESC LIMIT 1
           ) a ON true
          WHERE r.event = 'resolved' AND r.at >= $1 AND r.at < $2
       )
       SELECT channel, queue, count(*)::int AS handled, avg(seconds)::float8 AS mean,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds)::float8 AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds)::float8 AS p90
         FROM handled GROUP BY channel, queue ORDER BY channel, queue`,
      [from, to],
    );
    return rows.map((r) => ({
      channel: r.channel,
      queue: r.queue,
      handled: r.handled,
      meanSeconds: r.mean,
      medianSeconds: r.median,
      p90Seconds: r.p90,
    }));
  }
}
