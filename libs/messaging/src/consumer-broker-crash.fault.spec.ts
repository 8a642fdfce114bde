// Fault (npm run test:fault, about 100 s): a Kafka broker of this test's own (PrivateBroker: free
// ports, a temporary data folder, so the shared broker keeps running), killed with SIGKILL and
// started again under a running consumer. No Postgres or Redis.
import { randomBytes } from 'node:crypto';
import { Topics } from '@inquiry-router/contracts';
import { createLogger } from '@inquiry-router/runtime';
import { anInquiry, eventually, PrivateBroker } from '@inquiry-router/testing';
import { EventConsumer } from './event-consumer';
import { EventPublisher } from './event-publisher';
import { KafkaConnection } from './kafka-connection';
import { ensureTopics, planTopics } from './topic-admin';

describe('a consumer across a broker crash (own broker)', () => {
  const broker = new PrivateBroker();
  const log = createLogger('test', 'fatal', true);
  const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  let connection: KafkaConnection;
  let publisher: EventPublisher;
  let consumer: EventConsumer<typeof Topics.InquiryReceived> | undefined;

  beforeAll(async () => {
    await broker.start();
    connection = new KafkaConnection({
      clientId: 'restart-test',
      brokers: [broker.address],
      topicPrefix: `restart-${randomBytes(4).toString('hex')}.`,
      logger: log,
    });
    await ensureTopics(connection, planTopics(connection));
    publisher = new EventPublisher(connection);
    await publisher.connect();
  }, 180_000);

  afterAll(async () => {
    exit.mockRestore();
    // The broker goes first: with it gone, a consumer or producer would retry for a while before letting go.
    await broker.remove();
    await Promise.race([Promise.allSettled([consumer?.stop(), publisher?.disconnect()]), new Promise((r) => setTimeout(r, 5000))]);
  }, 120_000);

  it('is not ready while the broker is gone and goes on consuming once it is back, without ending the process', async () => {
    const handled: string[] = [];
    consumer = new EventConsumer(connection, publisher, {
      groupId: 'restart',
      topic: Topics.InquiryReceived,
      logger: log,
      handle: async (events) => void handled.push(...events.map((e) => e.value.inquiry.id)),
    });
    await consumer.start();
    // Resolves to whether the consumer's readiness check passes now.
    const ready = () =>
      consumer!.check().then(
        () => true,
        () => false,
      );
    const before = anInquiry();
    await publisher.publish(Topics.InquiryReceived, [{ key: before.id, value: { inquiry: before } }]);
    await eventually(async () => (handled.includes(before.id) ? true : undefined), 30_000, 'the message before the crash');
    await eventually(async () => (await ready()) || undefined, 10_000, 'ready');

    broker.kill();
    await eventually(async () => !(await ready()) || undefined, 60_000, 'not ready without a broker');

    await broker.start();
    const after = anInquiry();
    await eventually(
      () => publisher.publish(Topics.InquiryReceived, [{ key: after.id, value: { inquiry: after } }]).then(() => true),
      60_000,
      'publishing again',
    );
    await eventually(async () => (handled.includes(after.id) ? true : undefined), 90_000, 'the message after the restart');
    await eventually(async () => (await ready()) || undefined, 30_000, 'ready again');
    expect(exit).not.toHaveBeenCalled();
  }, 300_000);
});
