// Integration: real Kafka broker (fresh topics under a random prefix), and a real TCP connection
// refused by a port nothing listens on, as a handler's database or Redis refuses one while it
// restarts. No Postgres or Redis.
import * as net from 'node:net';
import { Topics } from '@inquiry-router/contracts';
import { anInquiry, eventually, freshId, TestPipeline } from '@inquiry-router/testing';
import { EventConsumer } from './event-consumer';
import { LaneConsumer } from './lane-consumer';

/** A port that was free a moment ago: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What a client gets from a service that is down: the real ECONNREFUSED. */
function refusedConnection(port: number): Promise<never> {
  return new Promise((_, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', reject);
  });
}

describe('consumers and a service that is down for a while (real broker)', () => {
  const pipeline = new TestPipeline();
  let stop: (() => Promise<void>) | undefined;
  let port: number;

  beforeAll(async () => {
    await pipeline.setUp();
    port = await closedPort();
  });
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });
  afterAll(() => pipeline.tearDown());

  // Far more refusals than maxAttempts allows failures: only the service coming back ends them.
  const refusals = 8;
  const retries = { maxAttempts: 2, retryBackoffMs: 10 };

  /**
   * Publishes one message to a consumer whose handler is refused `refusals` times for it; checks it is
   * handled once the service answers and never dead-lettered. `handleOne` is the handler's work for one
   * message; the topic may hold an earlier test's message, and only this one's calls count.
   */
  async function waitsOut(consume: (handleOne: (inquiryId: string) => Promise<void>) => { start(): Promise<void>; stop(): Promise<void> }) {
    const id = freshId('waits');
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    let calls = 0;
    const handled: string[] = [];
    const consumer = consume(async (inquiryId) => {
      if (inquiryId === id && ++calls <= refusals) await refusedConnection(port);
      handled.push(inquiryId);
    });
    stop = () => consumer.stop();
    await consumer.start();
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: id, value: { inquiry: anInquiry({ id }) } }]);

    await eventually(async () => (handled.includes(id) ? true : undefined), 60_000, 'the message once the service answers');
    expect(calls).toBe(refusals + 1);
    expect(deadLetters.filter((d) => d.key === id)).toHaveLength(0);
  }

  it('a batch consumer retries until the service answers, and dead-letters nothing', () =>
    waitsOut(
      (handleOne) =>
        new EventConsumer(pipeline.connection, pipeline.publisher, {
          groupId: `g-${pipeline.id}-batch`,
          topic: Topics.InquiryReceived,
          logger: pipeline.log,
          ...retries,
          handle: async (events) => {
            for (const e of events) await handleOne(e.value.inquiry.id);
          },
        }),
    ));

  it('a lane consumer retries until the service answers, and dead-letters nothing', () =>
    waitsOut(
      (handleOne) =>
        new LaneConsumer(pipeline.connection, pipeline.publisher, {
          groupId: `g-${pipeline.id}-lanes`,
          topic: Topics.InquiryReceived,
          logger: pipeline.log,
          laneOf: (event) => event.value.inquiry.channel,
          ...retries,
          handle: (event) => handleOne(event.value.inquiry.id),
        }),
    ));
});
