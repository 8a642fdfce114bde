// Integration: the plan of a guarded change (a claim's reservation) on real Postgres, in a database
// of this file's own, migrated and filled here and never analysed, as a table is in a storm that
// outruns autovacuum's statistics. Uses Postgres only.
import { DataSource } from 'typeorm';
import { reservable, reservation } from '@inquiry-router/inquiry';
import { migratedAfresh, planNodesOf, privateDatabase, recordWaiting, testDatabaseUrl } from '@inquiry-router/testing';
import { guardedChangeSteps } from './inquiry-change.writer';

describe('a guarded change of an inquiry', () => {
  const database = privateDatabase(testDatabaseUrl, 'guarded_change_plan');
  let db: DataSource;
  const waiting: string[] = [];

  beforeAll(async () => {
    db = await migratedAfresh(database, 'guarded-change-plan-test');
    // 3,000 inquiries waiting in one queue: the rows an index on the guarded columns would scan.
    const routed = await recordWaiting(
      db,
      Array.from({ length: 3000 }, () => ({ queue: 'first-line' as const })),
    );
    waiting.push(...routed.map((r) => r.inquiry.id));
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('finds the inquiry by its id, whatever the table’s statistics say of the guarded columns', async () => {
    const params: unknown[] = [waiting[1500]];
    const steps = guardedChangeSteps(
      '$1',
      reservable('first-line'),
      reservation('kari.adviser', 'first-line', new Date(Date.now() + 60_000)),
      { topic: 'test.inquiry.work.v1', key: waiting[1500], payload: {} },
      params,
    );
    const nodes = await planNodesOf(db, `WITH ${steps} SELECT id FROM r`, params);
    const scans = nodes.filter((n) => n['Relation Name'] === 'inquiries' && n['Node Type']?.includes('Scan'));
    expect(scans.map((n) => [n['Node Type'], n['Index Name']])).toEqual([['Index Scan', 'inquiries_pkey']]);
  });

  it('changes the inquiry only while the guard holds', async () => {
    const reserve = async (adviser: string): Promise<number> => {
      const params: unknown[] = [waiting[10]];
      const steps = guardedChangeSteps(
        '$1',
        reservable('first-line'),
        reservation(adviser, 'first-line', new Date(Date.now() + 60_000)),
        { topic: 'test.inquiry.work.v1', key: waiting[10], payload: {} },
        params,
      );
      const rows: { id: string }[] = await db.query(`WITH ${steps} SELECT id FROM r`, params);
      return rows.length;
    };
    expect(await reserve('kari.adviser')).toBe(1);
    // Reserved now: no longer `reservedBy: null`, so a second adviser's reservation does nothing.
    expect(await reserve('ola.adviser')).toBe(0);
    const [row]: { reserved_by: string; history: number }[] = await db.query(
      `SELECT reserved_by, (SELECT count(*)::int FROM inquiry_history h WHERE h.inquiry_id = i.id AND h.event = 'reserved') AS history
         FROM inquiries i WHERE id = $1`,
      [waiting[10]],
    );
    expect(row).toEqual({ reserved_by: 'kari.adviser', history: 1 });
  });
});
