// Integration: a Kafka broker of this test's own (PrivateBroker: free ports, a temporary data
// folder) with a SASL SCRAM listener and one user, so the shared broker stays plain. No Postgres or Redis.
import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { Topics } from '@inquiry-router/contracts';
import { CommonEnv, createLogger, loadConfig } from '@inquiry-router/runtime';
import { anInquiry, PrivateBroker } from '@inquiry-router/testing';
import { EventPublisher } from './event-publisher';
import { KafkaConnection } from './kafka-connection';
import { ensureTopics, planTopics } from './topic-admin';

describe('Kafka with SASL SCRAM (own broker)', () => {
  const user = { username: 'router', password: `pw-${randomBytes(8).toString('hex')}` };
  const broker = new PrivateBroker({ scramUser: user });
  const prefix = `sasl-${randomBytes(4).toString('hex')}.`;
  const log = createLogger('test', 'fatal', true);
  const publishers: EventPublisher[] = [];

  /** A publisher configured as an app is, from its env. */
  function publisherWith(sasl: { mechanism: string; password: string }): EventPublisher {
    const env = loadConfig(CommonEnv, {
      KAFKA_BROKERS: broker.saslAddress,
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_SASL_MECHANISM: sasl.mechanism,
      KAFKA_SASL_USERNAME: user.username,
      KAFKA_SASL_PASSWORD: sasl.password,
    });
    const publisher = new EventPublisher(KafkaConnection.fromEnv('sasl-test', env, log));
    publishers.push(publisher);
    return publisher;
  }

  beforeAll(async () => {
    await broker.start();
    const admin = new KafkaConnection({ clientId: 'sasl-test', brokers: [broker.address], topicPrefix: prefix, logger: log });
    await ensureTopics(admin, planTopics(admin));
  }, 180_000);

  afterAll(async () => {
    await Promise.allSettled(publishers.map((p) => p.disconnect()));
    await broker.remove();
  }, 60_000);

  it.each(['scram-sha-256', 'scram-sha-512'])('publishes with the right credentials (%s)', async (mechanism) => {
    const publisher = publisherWith({ mechanism, password: user.password });
    await publisher.connect();
    const inquiry = anInquiry();
    await expect(publisher.publish(Topics.InquiryReceived, [{ key: inquiry.id, value: { inquiry } }])).resolves.toBeUndefined();
  });

  it('is refused with a wrong password', async () => {
    await expect(publisherWith({ mechanism: 'scram-sha-256', password: 'wrong' }).connect()).rejects.toThrow(
      /SASL SCRAM SHA256 authentication failed/,
    );
  });

  it('is refused without credentials', async () => {
    // kafkajs directly, to fail at the first refusal rather than after the retries an app makes. The
    // broker lets an unauthenticated client ask which API versions it speaks, and then hangs up.
    const producer = new Kafka({ brokers: [broker.saslAddress], retry: { retries: 0 }, logCreator: () => () => undefined }).producer();
    const sent = producer.connect().then(() => producer.send({ topic: `${prefix}${Topics.InquiryReceived}`, messages: [{ value: 'x' }] }));
    await expect(sent).rejects.toThrow('Closed connection');
    await producer.disconnect();
  });
});
