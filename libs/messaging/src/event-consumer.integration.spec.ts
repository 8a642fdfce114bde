// Integration: real Kafka broker (fresh topics under a random prefix). No Postgres or Redis.
import pino from 'pino';
import { DeadLetterHeaders, InquiryReceived, Topics } from '@inquiry-router/contracts';
import { anInquiry, eventually, freshId, TestPipeline } from '@inquiry-router/testing';
import { EventConsumer } from './event-consumer';
import { NonRetriableError, QuietWaitingRetries, WaitingForAnotherApp } from './errors';

describe('EventConsumer (real broker)', () => {
  const pipeline = new TestPipeline();
  let consumer: EventConsumer<typeof Topics.InquiryReceived> | undefined;

  beforeAll(() => pipeline.setUp());
  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
  });
  afterAll(() => pipeline.tearDown());

  it('dead-letters invalid messages with the reason and keeps the partition flowing', async () => {
    const handled: string[] = [];
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, {
      groupId: `g-${pipeline.id}-1`,
      topic: Topics.InquiryReceived,
      logger: pipeline.log,
      handle: async (events) => void handled.push(...events.map((e) => e.value.inquiry.id)),
    });
    await consumer.start();

    const before = freshId('before');
    const after = freshId('after');
    const topic = pipeline.connection.topic(Topics.InquiryReceived);
    // One key, so all four land in one partition: the valid one after the invalid ones must still flow.
    const key = 'one-partition';
    await pipeline.publisher.publishRaw(topic, [
      { key, value: JSON.stringify({ inquiry: anInquiry({ id: before }) }), headers: {} },
      { key, value: '{not json', headers: {} },
      { key, value: JSON.stringify({ inquiry: { ...anInquiry({ id: 'x' }), channel: 'fax', body: '' } }), headers: {} },
    ]);
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key, value: { inquiry: anInquiry({ id: after }) } }]);

    await eventually(async () => (handled.includes(after) ? true : undefined), 30_000, 'the valid message after the invalid ones');
    expect(handled).toEqual([before, after]);
    const dead = await eventually(async () => (deadLetters.length >= 2 ? deadLetters : undefined), 10_000, 'dead letters');
    expect(dead).toHaveLength(2);
    const badJson = dead.find((d) => d.value === '{not json')!;
    const badContract = dead.find((d) => d.value?.includes('"fax"'))!;
    expect(badJson.headers[DeadLetterHeaders.Reason]).toMatch(/not valid JSON/);
    expect(badContract.headers[DeadLetterHeaders.Reason]).toMatch(/inquiry\.channel/);
    expect(badContract.headers[DeadLetterHeaders.Reason]).toMatch(/inquiry\.body/);
    expect(badJson.headers[DeadLetterHeaders.SourceTopic]).toBe(topic);
  });

  it('retries a failing handler, then isolates the poison message and dead-letters only it', async () => {
    const poison = freshId('poison');
    const good = [freshId('good'), freshId('good')];
    const handled = new Set<string>();
    let failuresLeft = 2;
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, {
      groupId: `g-${pipeline.id}-2`,
      topic: Topics.InquiryReceived,
      logger: pipeline.log,
      maxAttempts: 3,
      retryBackoffMs: 10,
      handle: async (events) => {
        if (events.some((e) => e.value.inquiry.id === poison)) throw new NonRetriableError('cannot route this one');
        if (failuresLeft-- > 0) throw new Error('transient failure');
        for (const e of events) handled.add(e.value.inquiry.id);
      },
    });
    await consumer.start();
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      [good[0], poison, good[1]].map((id) => ({ key: id, value: { inquiry: anInquiry({ id }) } })),
    );

    await eventually(async () => (good.every((g) => handled.has(g)) ? true : undefined), 30_000, 'the good messages');
    expect(handled.has(poison)).toBe(false);
    const dead = await eventually(async () => deadLetters.find((d) => d.key === poison), 10_000, 'the poison dead letter');
    expect(dead.headers[DeadLetterHeaders.Reason]).toContain('cannot route this one');
    expect(deadLetters.filter((d) => good.includes(d.key ?? ''))).toHaveLength(0);
  });

  it('waits for another app quietly for its first retries, warns after, and dead-letters what is never caught up with', async () => {
    const waitedFor = freshId('waited-for');
    const neverThere = freshId('never-there');
    const handled: string[] = [];
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    const lines: { level: number; msg: string; attempt?: number }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
    let triesOfWaitedFor = 0;
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, {
      groupId: `g-${pipeline.id}-waiting`,
      topic: Topics.InquiryReceived,
      logger,
      maxAttempts: QuietWaitingRetries + 2,
      retryBackoffMs: 10,
      handle: async (events) => {
        for (const id of events.map((e) => e.value.inquiry.id)) {
          // The other app catches up with this one on the third try, and never with the other.
          if (id === neverThere || (id === waitedFor && ++triesOfWaitedFor < 3))
            throw new WaitingForAnotherApp(`${id} is not recorded yet`);
          handled.push(id);
        }
      },
    });
    await consumer.start();
    // One after the other, each in a batch of its own.
    const publish = (id: string) =>
      pipeline.publisher.publish(Topics.InquiryReceived, [{ key: id, value: { inquiry: anInquiry({ id }) } }]);
    await publish(waitedFor);
    await eventually(async () => (handled.includes(waitedFor) ? true : undefined), 30_000, 'the one waited for');
    await publish(neverThere);

    const dead = await eventually(async () => deadLetters.find((d) => d.value?.includes(neverThere)), 30_000, 'the dead letter');
    expect(dead.headers[DeadLetterHeaders.Reason]).toContain(`${neverThere} is not recorded yet`);
    // The group reads the topic from its start: the earlier tests' messages are handled too.
    expect(handled.filter((id) => id === waitedFor || id === neverThere)).toEqual([waitedFor]);
    const retries = lines.filter((l) => /retrying$/.test(l.msg)).map((l) => [pino.levels.labels[l.level], l.attempt]);
    // waitedFor: two quiet retries; neverThere: three quiet, then one warned, then dead-lettered.
    expect(retries).toEqual([
      ['debug', 1],
      ['debug', 2],
      ['debug', 1],
      ['debug', 2],
      ['debug', 3],
      ['warn', 4],
    ]);
  });

  it('outwaits another app for as long as the bound it gives, past maxAttempts, and dead-letters once that bound has passed', async () => {
    const heldAWhile = freshId('held-a-while');
    const heldForGood = freshId('held-for-good');
    const handled: string[] = [];
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    const firstTry = new Map<string, number>();
    const tries = new Map<string, number>();
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, {
      groupId: `g-${pipeline.id}-bounded`,
      topic: Topics.InquiryReceived,
      logger: pipeline.log,
      maxAttempts: 2,
      retryBackoffMs: 10,
      handle: async (events) => {
        for (const id of events.map((e) => e.value.inquiry.id)) {
          if (id !== heldAWhile && id !== heldForGood) continue;
          const since = firstTry.get(id) ?? Date.now();
          firstTry.set(id, since);
          tries.set(id, (tries.get(id) ?? 0) + 1);
          // Another instance holds each for a second (its lease); the first lets go, the second never does.
          if (id === heldForGood || Date.now() - since < 1_000)
            throw new WaitingForAnotherApp(`${id} is being delivered by another instance`, since + 1_000);
          handled.push(id);
        }
      },
    });
    await consumer.start();
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      [heldAWhile, heldForGood].map((id) => ({ key: id, value: { inquiry: anInquiry({ id }) } })),
    );

    await eventually(async () => (handled.includes(heldAWhile) ? true : undefined), 30_000, 'the message held a while');
    expect(tries.get(heldAWhile)).toBeGreaterThan(2);
    const dead = await eventually(async () => deadLetters.find((d) => d.key === heldForGood), 30_000, 'the dead letter');
    expect(dead.headers[DeadLetterHeaders.Reason]).toContain(`${heldForGood} is being delivered by another instance`);
    expect(deadLetters.filter((d) => d.key === heldAWhile)).toEqual([]);
    expect(handled).not.toContain(heldForGood);
  });

  it('commits what it handled: a restarted consumer in the same group does not see it again', async () => {
    const groupId = `g-${pipeline.id}-3`;
    const first = freshId('first');
    const second = freshId('second');
    const seen: string[] = [];
    const options = {
      groupId,
      topic: Topics.InquiryReceived,
      logger: pipeline.log,
      handle: async (events: { value: InquiryReceived }[]) => void seen.push(...events.map((e) => e.value.inquiry.id)),
    };
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, options);
    await consumer.start();
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: first, value: { inquiry: anInquiry({ id: first }) } }]);
    await eventually(async () => (seen.includes(first) ? true : undefined), 30_000, 'the first message');
    await consumer.stop();

    seen.length = 0;
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, options);
    await consumer.start();
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: second, value: { inquiry: anInquiry({ id: second }) } }]);
    await eventually(async () => (seen.includes(second) ? true : undefined), 30_000, 'the second message');
    expect(seen).not.toContain(first);
  });
});
