// Integration: real Postgres (the outbox table) and a real Kafka broker (fresh topics under a random prefix).
import { randomUUID } from 'node:crypto';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CaseReminder, Topics } from '@inquiry-router/contracts';
import { OutboxRepository, outboxWriter } from '@inquiry-router/persistence';
import { ScheduledJobs } from '@inquiry-router/runtime';
import { eventually, TestPipeline } from '@inquiry-router/testing';
import { outboxMessages } from './outbox-message';
import { OutboxRelay } from './outbox-relay';

function reminder(caseId: string, seq: number): { key: string; value: CaseReminder } {
  const at = new Date().toISOString();
  return {
    key: caseId,
    value: { caseId, inquiryId: `outbox-${caseId}`, status: 'registered', owner: null, lastUpdateAt: at, idleDays: seq, remindedAt: at },
  };
}

describe('Outbox (real Postgres and broker)', () => {
  const pipeline = new TestPipeline();
  let relays: OutboxRelay[];
  beforeAll(async () => {
    await pipeline.setUp();
    // Two relays over one table, as two instances of an app would run; the test publishes by flushing, not on their schedule.
    relays = [0, 1].map(
      () =>
        new OutboxRelay(
          new OutboxRepository(pipeline.db),
          pipeline.publisher,
          pipeline.connection,
          new ScheduledJobs(new SchedulerRegistry()),
        ),
    );
  });
  afterAll(async () => {
    await Promise.all(relays?.map((r) => r.onModuleDestroy()) ?? []);
    await pipeline.tearDown();
  });

  const write = (events: { key: string; value: CaseReminder }[]) =>
    pipeline.db.transaction((tx) => outboxWriter.add(tx, outboxMessages(pipeline.connection, Topics.CaseReminder, events)));

  it('publishes nothing for a change that was rolled back', async () => {
    const received = await pipeline.collect(Topics.CaseReminder);
    const rolledBack = randomUUID();
    const committed = randomUUID();
    await expect(
      pipeline.db.transaction(async (tx) => {
        await outboxWriter.add(tx, outboxMessages(pipeline.connection, Topics.CaseReminder, [reminder(rolledBack, 1)]));
        throw new Error('the change is refused after its events were written');
      }),
    ).rejects.toThrow('refused');
    await write([reminder(committed, 1)]);
    await relays[0].flush();

    // The committed change, written after the rolled-back one, is out: the relay has been past both.
    await eventually(async () => (received.some((r) => r.key === committed) ? true : undefined), 20_000, 'the committed event');
    expect(received.filter((r) => r.key === rolledBack)).toEqual([]);
    const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM outbox WHERE message_key = ANY($1::text[])`, [
      [rolledBack, committed],
    ]);
    expect(n).toBe(0); // published rows are gone, and the rolled-back one never existed
  });

  it('publishes each committed event once, in the order written per key, with two relays at work', async () => {
    const received = await pipeline.collect(Topics.CaseReminder);
    const keys: string[] = [randomUUID(), randomUUID(), randomUUID()];
    const perKey = 40;
    // Interleaved transactions, some of several events, while both relays run.
    const writing = (async () => {
      for (let seq = 0; seq < perKey; seq += 2) {
        for (const key of keys) await write([reminder(key, seq), reminder(key, seq + 1)]);
        relays[seq % 2].kick();
      }
    })();
    const relaying = (async () => {
      for (let i = 0; i < 20; i++) await Promise.all(relays.map((r) => r.flush()));
    })();
    await Promise.all([writing, relaying]);
    await Promise.all(relays.map((r) => r.flush()));
    // A last event per key, the marker: a key's events share its partition, so once its marker
    // has arrived, anything of that key published before it, twice or not, has arrived too.
    for (const key of keys) await write([reminder(key, perKey)]);
    await Promise.all(relays.map((r) => r.flush()));

    const sequenceOf = (key: string) => received.filter((r) => r.key === key).map((r) => (JSON.parse(r.value!) as CaseReminder).idleDays);
    await eventually(async () => (keys.every((key) => sequenceOf(key).includes(perKey)) ? true : undefined), 30_000, 'every marker');
    for (const key of keys) expect(sequenceOf(key)).toEqual(Array.from({ length: perKey + 1 }, (_, i) => i));
  });
});
