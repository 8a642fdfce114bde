// Integration: the plan of the help-page report's read of a period's contacts, on real Postgres, in
// a database of this file's own, filled here and never analysed, as after a bulk load or in a storm
// that outruns autovacuum's statistics. Uses Postgres only.
import { DataSource } from 'typeorm';
import { migratedAfresh, planNodesOf, privateDatabase, recordWaiting, testDatabaseUrl } from '@inquiry-router/testing';
import { insightContactsQuery } from './help-insights.reader';

describe("the help-page report's read of a period's contacts", () => {
  const database = privateDatabase(testDatabaseUrl, 'help_insights_plan');
  let db: DataSource;

  beforeAll(async () => {
    db = await migratedAfresh(database, 'help-insights-plan-test');
    await recordWaiting(
      db,
      Array.from({ length: 10_000 }, () => ({ queue: 'first-line' as const })),
    );
    // Each accepted and resolved: the partial index of resolves holds every inquiry.
    await db.query(
      `INSERT INTO inquiry_history (inquiry_id, at, event, actor)
       SELECT id, received_at + make_interval(mins => k::int * 5), e, 'kari.adviser'
         FROM inquiries, unnest(ARRAY['accepted', 'resolved']) WITH ORDINALITY AS x(e, k)`,
    );
  }, 180_000);

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it("reads each contact's resolve and acceptance from its own history rows, whatever the statistics say", async () => {
    const nodes = await planNodesOf(db, insightContactsQuery, [new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000)]);
    const indexes = nodes.map((n) => n['Index Name']).filter((name) => name?.startsWith('inquiry_history'));
    // Read per contact, the index of all resolves would be read whole for each one.
    expect(indexes).toEqual(['inquiry_history_inquiry_idx', 'inquiry_history_inquiry_idx']);
  });
});
