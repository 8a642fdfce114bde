// Integration: a person's export read from real Postgres, in a database of this file's own: each
// inquiry gets its own rows however many the person has, the reads share the transaction's
// connection one at a time, and attachment content stays within its allowance. Uses Postgres only.
import { DataSource, EntityManager } from 'typeorm';
import { migratedAfresh, privateDatabase, recordWaiting, testDatabaseUrl } from '@inquiry-router/testing';
import { readPersonalDataExport } from './personal-data-export.reader';

describe("a person's personal-data export", () => {
  const database = privateDatabase(testDatabaseUrl, 'personal_data_export');
  const person = '00000000-0000-4000-8000-0000000000a1';
  const reader = { actor: 'siri.supervisor', roles: ['supervisor'] };
  let db: DataSource;
  let ids: string[];

  beforeAll(async () => {
    db = await migratedAfresh(database, 'personal-data-export-test');
    ids = (
      await recordWaiting(
        db,
        Array.from({ length: 300 }, () => ({ queue: 'first-line' as const })),
      )
    ).map((r) => r.inquiry.id);
    await db.query(`INSERT INTO inquirers (id, last_contact_at) VALUES ($1, now())`, [person]);
    await db.query(`UPDATE inquiries SET inquirer_id = $1 WHERE id = ANY($2::text[])`, [person, ids]);
    // Two notes an inquiry, each naming the inquiry it belongs to.
    await db.query(
      `INSERT INTO inquiry_history (inquiry_id, at, event, actor, details)
       SELECT id, now() + make_interval(secs => k::int), 'note-added', 'kari.adviser', jsonb_build_object('note', id || ' #' || k)
         FROM unnest($1::text[]) AS id, generate_series(1, 2) AS k`,
      [ids],
    );
    // Oldest first: four of 400 bytes on the first four inquiries, then one of 2,000 bytes.
    const attachments = [400, 400, 400, 400, 2_000].map((size, n) => ({ inquiry: ids[n], size, n }));
    for (const a of attachments)
      await db.query(
        `INSERT INTO attachment_contents (inquiry_id, filename, content_type, size, sha256, content, stored_at)
         VALUES ($1, $2, 'application/pdf', $3, md5($2), $4, now() + make_interval(secs => $5::int))`,
        [a.inquiry, `scan-${a.n}.pdf`, a.size, Buffer.alloc(a.size, a.n), a.n],
      );
  }, 180_000);

  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  const exportIn = (tx: EntityManager) => readPersonalDataExport(tx, person, reader, new Date(), { eachBytes: 1_000, totalBytes: 1_000 });

  it('gives each of many inquiries its own history, nothing of the others', async () => {
    const document = await db.transaction((tx) => exportIn(tx));
    expect(document?.inquiries.map((i) => i.id).sort()).toEqual([...ids].sort());
    for (const inquiry of document!.inquiries)
      expect(inquiry.history.filter((h) => h.event === 'note-added').map((h) => h.details.note)).toEqual([
        `${inquiry.id} #1`,
        `${inquiry.id} #2`,
      ]);
  });

  it("runs its reads one at a time on the transaction's connection", async () => {
    let inFlight = 0;
    let most = 0;
    await db.transaction(async (tx) => {
      const query = tx.query.bind(tx);
      tx.query = async (...args: Parameters<EntityManager['query']>) => {
        most = Math.max(most, ++inFlight);
        try {
          return await query(...args);
        } finally {
          inFlight--;
        }
      };
      await exportIn(tx);
    });
    expect(most).toBe(1);
  });

  it('includes attachment content up to each and the total allowance, oldest first, and lists the rest with why', async () => {
    const document = await db.transaction((tx) => exportIn(tx));
    const attachments = document!.inquiries.flatMap((i) => i.attachments).sort((a, b) => a.filename.localeCompare(b.filename));
    expect(
      attachments.map((a) => [a.filename, a.contentBase64 === null ? 'listed' : Buffer.from(a.contentBase64, 'base64').length]),
    ).toEqual([
      ['scan-0.pdf', 400],
      ['scan-1.pdf', 400],
      ['scan-2.pdf', 'listed'],
      ['scan-3.pdf', 'listed'],
      ['scan-4.pdf', 'listed'],
    ]);
    expect(attachments[2].note).toMatch(/attachments reached .* before this one: not included, ask an administrator/);
    expect(attachments[4].note).toMatch(/^larger than .*: not included, ask an administrator/);
  });

  it('is null for a person it does not know', async () => {
    expect(await db.transaction((tx) => readPersonalDataExport(tx, '00000000-0000-4000-8000-0000000000ff', reader, new Date()))).toBeNull();
  });
});
