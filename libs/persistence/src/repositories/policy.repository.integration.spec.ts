// Integration: the policy simulation's read of recorded inquiries on real Postgres, in a database of
// this file's own (migrated here), so only this file's inquiries fall in the period. Uses Postgres only.
import { DataSource } from 'typeorm';
import { migratedAfresh, privateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { PolicyRepository } from './policy.repository';

describe('PolicyRepository.recentInquiries', () => {
  const database = privateDatabase(testDatabaseUrl, 'policy_recent_inquiries');
  const asOf = new Date('2026-11-30T12:00:00Z');
  let db: DataSource;
  let policies: PolicyRepository;

  beforeAll(async () => {
    db = await migratedAfresh(database, 'policy-recent-inquiries-test');
    policies = new PolicyRepository(db);
    // Two received the same millisecond (the id orders them), one older, one too old, one after asOf.
    const rows: [string, string, string | null][] = [
      ['r-1', '2026-11-30T11:00:00.000Z', 'Innlogging'],
      ['r-2', '2026-11-30T10:00:00.000Z', null],
      ['r-3', '2026-11-30T10:00:00.000Z', null],
      ['r-old', '2026-11-28T10:00:00.000Z', null],
      ['r-later', '2026-11-30T13:00:00.000Z', null],
    ];
    for (const [id, receivedAt, subject] of rows)
      await db.query(
        `INSERT INTO inquiries (id, channel, received_at, sender, to_address, subject, body, language, thread_id, status)
         VALUES ($1, 'email', $2, $3, 'support@portal.example', $4, 'Jeg får ikke logget inn', $5, $1, 'queued')`,
        [id, receivedAt, { name: 'Kari', email: 'kari@example.no' }, subject, subject ? 'nb' : null],
      );
  });

  afterAll(() => db.destroy());

  it('pages through the period newest first as contract inquiries, the cursor taken from the last of a page', async () => {
    const first = await policies.recentInquiries(1, 2, { asOf });
    expect(first).toEqual([
      {
        id: 'r-1',
        channel: 'email',
        receivedAt: '2026-11-30T11:00:00.000Z',
        from: { name: 'Kari', email: 'kari@example.no' },
        to: 'support@portal.example',
        subject: 'Innlogging',
        body: 'Jeg får ikke logget inn',
        language: 'nb',
        attachments: [],
      },
      expect.objectContaining({ id: 'r-3', receivedAt: '2026-11-30T10:00:00.000Z' }),
    ]);
    expect(first[1]).not.toHaveProperty('subject');
    expect(first[1]).not.toHaveProperty('language');

    const last = first[first.length - 1];
    const second = await policies.recentInquiries(1, 2, { asOf, before: { receivedAt: new Date(last.receivedAt), id: last.id } });
    expect(second.map((i) => i.id)).toEqual(['r-2']);
  });
});
