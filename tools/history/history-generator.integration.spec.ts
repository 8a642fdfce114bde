// Integration: real Postgres, on a database of this file's own (created, migrated, dropped): the
// generated history and its extended hours would otherwise show in other files' calendars and
// volumes. Generates four weeks around the 2021 tax-return deadline (Friday 30 April), checks what
// was written, and removes it.
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { publicHolidayOn } from '@inquiry-router/opening-hours';
import { migrate } from '@inquiry-router/local-system';
import { createDataSource } from '@inquiry-router/persistence';
import { createLogger } from '@inquiry-router/runtime';
import { privateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { GeneratedSpanExists, generateHistory, removeHistory } from './history-generator';

const options = { days: 28, until: '2021-05-07', seed: 42, replace: false, now: new Date('2021-06-01T00:00:00Z') };

describe('history generator: four weeks of the past in Postgres', () => {
  const database = privateDatabase(testDatabaseUrl, `history_${randomBytes(4).toString('hex')}`);
  let db: DataSource;

  beforeAll(async () => {
    await migrate(database.url, createLogger('test', 'warn', true));
    db = await createDataSource(database.url, { poolSize: 2, applicationName: 'test' }).initialize();
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('writes about the seed scale per channel, in opening hours only, busiest on the deadline eve; refuses to write twice; removes it all', async () => {
    const report = await generateHistory(db, options);
    expect(report).toMatchObject({ from: '2021-04-10', to: '2021-05-07' });
    // 146,000 calls, 45,000 emails and 15,000 social messages a year; the weeks before the tax return are busier.
    const expected = { phone: 146_000, email: 45_000, social: 15_000 };
    const counts: { channel: 'phone' | 'email' | 'social'; n: number }[] = await db.query(
      `SELECT channel, count(*)::int AS n FROM inquiries WHERE generated GROUP BY channel`,
    );
    for (const { channel, n } of counts) {
      expect(n).toBe(report.byChannel[channel]);
      expect(n).toBeGreaterThan((expected[channel] * 28) / 365);
      expect(n).toBeLessThan((expected[channel] * 28 * 1.8) / 365);
    }
    expect(counts.length).toBe(3);

    // Opening hours: weekdays that are no public holiday, 08:00–15:30, and until 20:00 on the
    // extended days written beside them (the eve and day of the deadline).
    const extended: { date: string }[] = await db.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM opening_exceptions WHERE generated ORDER BY date`,
    );
    expect(extended.map((e) => e.date)).toEqual(['2021-04-29', '2021-04-30']);
    const days: { date: string; first: string; last: string; n: number }[] = await db.query(
      `SELECT to_char(received_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS date,
              to_char(min(received_at AT TIME ZONE 'Europe/Oslo'), 'HH24:MI:SS') AS first,
              to_char(max(received_at AT TIME ZONE 'Europe/Oslo'), 'HH24:MI:SS') AS last, count(*)::int AS n
         FROM inquiries WHERE generated GROUP BY 1 ORDER BY 1`,
    );
    for (const day of days) {
      expect(DateTime.fromISO(day.date).weekday).toBeLessThan(6);
      expect(publicHolidayOn('NO', day.date)).toBeNull();
      expect(day.first >= '08:00:00').toBe(true);
      expect(day.last < (extended.some((e) => e.date === day.date) ? '20:00:00' : '15:30:00')).toBe(true);
    }
    // Twenty weekdays, none a public holiday (1 May 2021 is a Saturday).
    expect(days.length).toBe(20);
    const perDay = new Map(days.map((d) => [d.date, d.n]));
    const ordinary = days.filter(
      (d) => !['2021-04-28', '2021-04-29', '2021-04-30', '2021-05-03', '2021-05-04', '2021-05-05'].includes(d.date),
    );
    const ordinaryMost = Math.max(...ordinary.map((d) => d.n));
    expect(perDay.get('2021-04-29')!).toBeGreaterThan(ordinaryMost * 1.3);

    // Every inquiry has its decision, and accepted → resolved times to measure handle times by.
    const [paths]: { decisions: number; accepted: number; resolved: number; queued: number }[] = await db.query(
      `SELECT (SELECT count(*)::int FROM routing_decisions d JOIN inquiries i ON i.id = d.inquiry_id WHERE i.generated) AS decisions,
              (SELECT count(DISTINCT h.inquiry_id)::int FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id
                WHERE i.generated AND h.event = 'accepted') AS accepted,
              (SELECT count(*)::int FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id WHERE i.generated AND h.event = 'resolved') AS resolved,
              (SELECT count(*)::int FROM inquiries WHERE generated AND queue IS NOT NULL) AS queued`,
    );
    expect(paths).toEqual({ decisions: report.inquiries, accepted: paths.queued, resolved: report.inquiries, queued: paths.queued });
    const [handle]: { minutes: number }[] = await db.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.at - a.at) / 60) AS minutes
         FROM inquiries i
         JOIN inquiry_history a ON a.inquiry_id = i.id AND a.event = 'accepted'
         JOIN inquiry_history r ON r.inquiry_id = i.id AND r.event = 'resolved'
        WHERE i.generated AND i.channel = 'phone' AND i.queue = 'first-line'`,
    );
    expect(handle.minutes).toBeGreaterThan(3);
    expect(handle.minutes).toBeLessThan(9);

    // The same dates again are refused; with replace, the same seed writes the same history.
    await expect(generateHistory(db, options)).rejects.toThrow(GeneratedSpanExists);
    await expect(generateHistory(db, { ...options, days: 3, until: '2021-04-12' })).rejects.toThrow(/give --replace/);
    const again = await generateHistory(db, { ...options, replace: true });
    expect(again.byChannel).toEqual(report.byChannel);

    expect(await removeHistory(db)).toBe(report.inquiries);
    const [left]: { inquiries: number; history: number; decisions: number; exceptions: number }[] = await db.query(
      `SELECT (SELECT count(*)::int FROM inquiries WHERE generated OR id LIKE 'gen-%') AS inquiries,
              (SELECT count(*)::int FROM inquiry_history WHERE inquiry_id LIKE 'gen-%') AS history,
              (SELECT count(*)::int FROM routing_decisions WHERE inquiry_id LIKE 'gen-%') AS decisions,
              (SELECT count(*)::int FROM opening_exceptions WHERE generated) AS exceptions`,
    );
    expect(left).toEqual({ inquiries: 0, history: 0, decisions: 0, exceptions: 0 });
  }, 180_000);
});
