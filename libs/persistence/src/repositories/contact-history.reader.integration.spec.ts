// Integration: the reader on real Postgres, in a database of this file's own (migrated here), so
// the inquiries other test files write never enter its counts. Uses Postgres only.
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { forecastContacts } from '@inquiry-router/forecasting';
import { defaultCalendar, isOpen } from '@inquiry-router/opening-hours';
import { migratedAfresh, PastContact, privateDatabase, testDatabaseUrl, writePastContacts } from '@inquiry-router/testing';
import { ContactHistoryReader } from './contact-history.reader';

const calendar = defaultCalendar();
const zone = 'Europe/Oslo';
const historyFrom = '2023-10-02';
const historyTo = '2024-03-04';
const mva = { deadlineId: 'mva', name: 'MVA-melding', agency: 'skd', channels: ['phone' as const] };
// The 10th of each month; one on a weekend counts from the Friday before (the last working day).
const deadlines = ['2023-10-10', '2023-11-10', '2023-12-10', '2024-01-10', '2024-02-10', '2024-03-10'].map((date) => ({ ...mva, date }));
const bumpDays = new Set(['2023-10-10', '2023-11-10', '2023-12-08', '2024-01-10', '2024-02-09']);

/** Two calls in every open half-hour (six on a deadline day), one mail in each weekday half-hour 08–16. */
function craftedHistory(): PastContact[] {
  const rows: PastContact[] = [];
  for (let day = DateTime.fromISO(historyFrom, { zone }); day.toISODate()! < historyTo; day = day.plus({ days: 1 })) {
    for (let slot = 0; slot < 48; slot++) {
      const at = day.plus({ minutes: 30 * slot });
      const calls = isOpen(at.toJSDate(), calendar) ? (bumpDays.has(day.toISODate()!) ? 6 : 2) : 0;
      for (let k = 0; k < calls; k++)
        rows.push({ id: `p-${at.toMillis()}-${k}`, channel: 'phone', receivedAt: at.plus({ minutes: 4 * k }).toISO()! });
      if (day.weekday <= 5 && at.hour >= 8 && at.hour < 16)
        rows.push({ id: `e-${at.toMillis()}`, channel: 'email', receivedAt: at.plus({ minutes: 12 }).toISO()! });
    }
  }
  // Either side of a half-hour's edge, on a Saturday.
  rows.push({ id: 'edge-before', channel: 'social', receivedAt: '2024-01-13T10:29:59.999Z' });
  rows.push({ id: 'edge-after', channel: 'social', receivedAt: '2024-01-13T10:30:00.000Z' });
  return rows;
}

describe('ContactHistoryReader', () => {
  const database = privateDatabase(testDatabaseUrl, 'contact_history');
  let db: DataSource;
  let reader: ContactHistoryReader;
  const rows = craftedHistory();

  beforeAll(async () => {
    db = await migratedAfresh(database, 'contact-history-test');
    await writePastContacts(db, rows);
    // Handle times: calls accepted from first-line and resolved 5, 10 and 15 minutes later; a mail
    // released and accepted again (counted from its last acceptance); one answered by an agency (left out).
    const history: [string, string, string, Record<string, unknown>][] = [
      ['p-handled-1', 'accepted', '2024-02-01T09:00:00Z', { queue: 'first-line' }],
      ['p-handled-1', 'resolved', '2024-02-01T09:05:00Z', {}],
      ['p-handled-2', 'accepted', '2024-02-01T09:00:00Z', { queue: 'first-line' }],
      ['p-handled-2', 'resolved', '2024-02-01T09:10:00Z', {}],
      ['p-handled-3', 'accepted', '2024-02-01T09:00:00Z', { queue: 'first-line' }],
      ['p-handled-3', 'resolved', '2024-02-01T09:15:00Z', {}],
      ['e-handled', 'accepted', '2024-02-01T09:00:00Z', { queue: 'servicedesk' }],
      ['e-handled', 'released', '2024-02-01T09:20:00Z', {}],
      ['e-handled', 'accepted', '2024-02-01T10:00:00Z', { queue: 'servicedesk' }],
      ['e-handled', 'resolved', '2024-02-01T10:20:00Z', {}],
      ['e-agency', 'resolved', '2024-02-01T10:20:00Z', { by: 'agency' }],
    ];
    const handled = ['p-handled-1', 'p-handled-2', 'p-handled-3', 'e-handled', 'e-agency'];
    await db.query(
      `INSERT INTO inquiries (id, channel, received_at, sender, to_address, body, thread_id, status)
       SELECT id, CASE WHEN id LIKE 'p-%' THEN 'phone' ELSE 'email' END, '2023-01-02T08:00:00Z', '{}'::jsonb, 'support@example.no', 'a question', id, 'resolved'
         FROM unnest($1::text[]) AS id`,
      [handled],
    );
    for (const [id, event, at, details] of history) {
      await db.query(`INSERT INTO inquiry_history (inquiry_id, event, at, details) VALUES ($1, $2, $3, $4)`, [id, event, at, details]);
    }
    reader = new ContactHistoryReader(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('counts contacts per channel and half-hour, on the half-hours of Oslo time', async () => {
    // Monday 8 January 2024, Oslo time (UTC+1).
    const counts = await reader.countsPerInterval(new Date('2024-01-07T23:00:00Z'), new Date('2024-01-08T23:00:00Z'));
    const phone = counts.filter((c) => c.channel === 'phone');
    expect(phone).toHaveLength(15);
    expect(phone[0]).toEqual({ intervalStart: new Date('2024-01-08T07:00:00Z'), channel: 'phone', count: 2 });
    expect(phone[14].intervalStart).toEqual(new Date('2024-01-08T14:00:00Z'));
    expect(counts.filter((c) => c.channel === 'email').map((c) => c.count)).toEqual(new Array(16).fill(1));
    // A deadline day has its bump.
    const deadlineDay = await reader.countsPerInterval(new Date('2024-01-09T23:00:00Z'), new Date('2024-01-10T23:00:00Z'));
    expect(deadlineDay.find((c) => c.channel === 'phone')?.count).toBe(6);
  });

  it('puts a contact at a half-hour edge in the half-hour it starts, and counts every row once', async () => {
    const edge = await reader.countsPerInterval(new Date('2024-01-13T10:00:00Z'), new Date('2024-01-13T11:00:00Z'));
    expect(edge).toEqual([
      { intervalStart: new Date('2024-01-13T10:00:00Z'), channel: 'social', count: 1 },
      { intervalStart: new Date('2024-01-13T10:30:00Z'), channel: 'social', count: 1 },
    ]);
    const all = await reader.countsPerInterval(new Date('2023-10-01T00:00:00Z'), new Date('2024-03-04T00:00:00Z'));
    expect(all.reduce((a, c) => a + c.count, 0)).toBe(rows.length);
  });

  it('reads the span of the history', async () => {
    const span = await reader.receivedSpan();
    expect(span?.first).toEqual(new Date('2023-01-02T08:00:00Z'));
    expect(span!.last.getTime()).toBeLessThan(new Date('2024-03-04T00:00:00Z').getTime());
  });

  it('reads handle times per channel and queue from acceptance to resolution', async () => {
    const stats = await reader.handleTimes(new Date('2024-02-01T00:00:00Z'), new Date('2024-02-02T00:00:00Z'));
    expect(stats).toEqual([
      { channel: 'email', queue: 'servicedesk', handled: 1, meanSeconds: 1200, medianSeconds: 1200, p90Seconds: 1200 },
      { channel: 'phone', queue: 'first-line', handled: 3, meanSeconds: 600, medianSeconds: 600, p90Seconds: 840 },
    ]);
  });

  it('gives a history the forecast learns the deadline bump from', async () => {
    const counts = await reader.countsPerInterval(new Date('2023-10-01T22:00:00Z'), new Date('2024-03-03T23:00:00Z'));
    const forecast = forecastContacts({
      history: { from: historyFrom, to: historyTo, counts },
      deadlines,
      calendar,
      horizon: { from: historyTo, weeks: 1 },
    });
    const at = (channel: string, date: string, time: string) =>
      forecast.intervals.find((i) => i.channel === channel && i.date === date && i.time === time)!;
    // 10 March 2024 is a Sunday: the Friday before is the deadline's day.
    const peak = at('phone', '2024-03-08', '10:00');
    expect(peak.deadline.causes).toEqual([expect.objectContaining({ deadlineId: 'mva', name: 'MVA-melding', offset: 0, learnedFrom: 5 })]);
    expect(peak.forecast).toBeCloseTo(6, 0);
    expect(at('phone', '2024-03-07', '10:00').forecast).toBeCloseTo(2, 0);
    expect(at('email', '2024-03-08', '10:00').deadline.causes).toEqual([]);
  });
});
