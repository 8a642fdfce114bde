// Integration: the backtest command over real Postgres, in a database of this file's own (migrated
// here) holding a synthetic history written as inquiry rows. Uses Postgres only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { monthlyDeadline, syntheticContactHistory } from '@inquiry-router/forecasting';
import { defaultCalendar } from '@inquiry-router/opening-hours';
import { DeadlineOccurrenceReader } from '@inquiry-router/persistence';
import { migratedAfresh, privateDatabase, testDatabaseUrl, writePastContacts } from '@inquiry-router/testing';
import { BacktestUsageError, runBacktest } from './staffing-backtest';

const deadlines = monthlyDeadline({ deadlineId: 'a-melding', name: 'A-melding', agency: 'skd' }, '2025-08-01', '2026-01-01', 5);

describe('staffing backtest', () => {
  const database = privateDatabase(testDatabaseUrl, 'staffing_backtest');
  let db: DataSource;
  let deadlinesFile: string;

  beforeAll(async () => {
    db = await migratedAfresh(database, 'staffing-backtest-test');
    // Thirteen weeks, Monday 1 September to Sunday 30 November 2025, at a quarter of the real volume.
    const counts = syntheticContactHistory({
      from: '2025-09-01',
      to: '2025-12-01',
      calendar: defaultCalendar(),
      perYear: { phone: 36_500, email: 11_250, social: 3_750 },
      deadlines,
      deadlineEffect: { [-1]: 1.5, 0: 2.5 },
      seed: 3,
    });
    const rows = counts.flatMap((c, i) =>
      Array.from({ length: c.count }, (_, k) => ({
        id: `bt-${i}-${k}`,
        channel: c.channel,
        receivedAt: new Date(c.intervalStart.getTime() + k * 1000),
      })),
    );
    await writePastContacts(db, rows);
    deadlinesFile = path.join(mkdtempSync(path.join(tmpdir(), 'staffing-backtest-')), 'deadlines.json');
    writeFileSync(deadlinesFile, JSON.stringify(deadlines));
  });

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('tests the last full weeks and prints the figures as one JSON line, last', async () => {
    const lines: string[] = [];
    const summary = await runBacktest(['--weeks', '4', '--deadlines', deadlinesFile], { db, write: (l) => lines.push(l) });
    expect(JSON.parse(lines[lines.length - 1])).toEqual(summary);
    expect(summary).toMatchObject({ weeks: 4, from: '2025-11-03', to: '2025-12-01' });
    const { phone, email } = summary.channels;
    expect(phone.wape).toBeGreaterThan(0);
    expect(phone.wape!).toBeLessThan(phone.naiveWape!);
    expect(email.wape!).toBeLessThan(email.naiveWape!);
  });

  it('takes its deadlines from a source when no file is given', async () => {
    const asked: string[][] = [];
    await runBacktest([], { db, write: () => undefined, deadlines: (from, to) => (asked.push([from, to]), deadlines) });
    expect(asked).toEqual([['2025-09-01', '2025-11-30']]);
  });

  it('learns the deadlines from the filing_deadlines table, as the command does without a file', async () => {
    const reader = new DeadlineOccurrenceReader(db);
    const occurrences = await reader.between('2025-09-01', '2025-11-30');
    // The seeded a-melding: the 5th, moved off the weekend (5 October 2025 is a Sunday).
    expect(occurrences.filter((o) => o.name === 'a-melding').map((o) => o.date)).toEqual(['2025-09-05', '2025-10-06', '2025-11-05']);
    const lines: string[] = [];
    const summary = await runBacktest(['--weeks', '4'], {
      db,
      write: (l) => lines.push(l),
      deadlines: (from, to) => reader.between(from, to),
    });
    expect(lines.some((l) => new RegExp(`${occurrences.length} deadline occurrences`).test(l))).toBe(true);
    expect(summary.channels.phone.wape!).toBeLessThan(summary.channels.phone.naiveWape!);
  });

  it('refuses a wrong argument or a history too short for the weeks asked', async () => {
    await expect(runBacktest(['--weeks', '0'], { db })).rejects.toThrow(BacktestUsageError);
    await expect(runBacktest(['--days', '3'], { db })).rejects.toThrow(/unknown argument/);
    await expect(runBacktest(['--weeks', '12'], { db })).rejects.toThrow(/too short/);
  });
});
