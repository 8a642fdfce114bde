// Integration: the decision-reason-codes migration on real Postgres, in a database of this file's
// own: a decision stored before keeps working (read without codes), a new one keeps its codes, and
// the way back drops them. Uses Postgres only.
import { DataSource } from 'typeorm';
import { privateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { decisionOf } from '../mappers/inquiry.mapper';
import { DecisionReasonCodes1733000130400 } from './1733000130400-decision-reason-codes';
import { databaseJustBefore } from './testing/database-just-before';

describe('DecisionReasonCodes1733000130400: reason codes beside the reasons', () => {
  const database = privateDatabase(testDatabaseUrl, 'decision_reason_codes');
  let db: DataSource;
  const insertInquiry = (id: string) =>
    db.query(
      `INSERT INTO inquiries (id, thread_id, channel, received_at, sender, to_address, body, status) VALUES ($1, $1, 'email', now(), '{}'::jsonb, 'support@example.no', 'Hei', 'queued')`,
      [id],
    );
  const decisionRow = async (id: string) => decisionOf(await db.getRepository(RoutingDecisionEntity).findOneByOrFail({ inquiryId: id }));

  beforeAll(async () => {
    // The schema as it stood before, with a decision stored then.
    db = await databaseJustBefore(database, DecisionReasonCodes1733000130400, async (before) => {
      await before.query(
        `INSERT INTO inquiries (id, thread_id, channel, received_at, sender, to_address, body, status) VALUES ('IR-OLD', 'IR-OLD', 'email', now(), '{}'::jsonb, 'support@example.no', 'Hei', 'queued')`,
      );
      await before.query(
        `INSERT INTO routing_decisions (inquiry_id, target, kind, category, confidence, reasons, policy_version, decided_at)
       VALUES ('IR-OLD', 'first-line', 'technical', 'login', 0.8, '["Portal question: how to use the portal rather than what to answer."]', 'v1', now())`,
      );
    });
    expect((await db.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['DecisionReasonCodes1733000130400']);
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('reads a decision stored before as it was, without codes', async () => {
    const d = await decisionRow('IR-OLD');
    expect(d.reasons).toEqual(['Portal question: how to use the portal rather than what to answer.']);
    expect(d).not.toHaveProperty('reasonCodes');
  });

  it('keeps the codes of a decision stored with them', async () => {
    await insertInquiry('IR-NEW');
    const reasonCodes = [{ code: 'diverted', params: { from: 'first-line', to: 'second-line', expectedWaitMinutes: 40 } }];
    await db.query(
      `INSERT INTO routing_decisions (inquiry_id, target, kind, category, confidence, reasons, reason_codes, policy_version, decided_at)
       VALUES ('IR-NEW', 'second-line', 'technical', 'login', 0.8, '["diverted from first-line to second-line: expected wait 40 min"]', $1::jsonb, 'v1', now())`,
      [JSON.stringify(reasonCodes)],
    );
    expect((await decisionRow('IR-NEW')).reasonCodes).toEqual(reasonCodes);
  });

  it('goes back by dropping the codes, the reasons kept', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    expect(
      await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'routing_decisions' AND column_name = 'reason_codes'`),
    ).toEqual([]);
    expect(await db.query(`SELECT inquiry_id, reasons FROM routing_decisions ORDER BY inquiry_id`)).toEqual([
      { inquiry_id: 'IR-NEW', reasons: ['diverted from first-line to second-line: expected wait 40 min'] },
      { inquiry_id: 'IR-OLD', reasons: ['Portal question: how to use the portal rather than what to answer.'] },
    ]);
  });
});
