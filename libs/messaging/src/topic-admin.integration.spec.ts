// Integration: real Kafka broker (fresh topics under random prefixes). No Postgres or Redis.
import { randomBytes } from 'node:crypto';
import { Admin, ConfigResourceTypes } from 'kafkajs';
import { Topics } from '@inquiry-router/contracts';
import { createLogger } from '@inquiry-router/runtime';
import { eventually } from '@inquiry-router/testing';
import { KafkaConnection } from './kafka-connection';
import { ensureTopics, planTopics, topicRetention } from './topic-admin';

const day = 86_400_000;

describe('topic retention (real broker)', () => {
  const run = `retention-${randomBytes(4).toString('hex')}`;
  const log = createLogger('test', 'fatal', true);
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const connectionFor = (name: string) => new KafkaConnection({ clientId: run, brokers, topicPrefix: `${run}-${name}.`, logger: log });
  let admin: Admin;

  /**
   * The topic's own settings (not the broker's defaults), read back once they show `expected`:
   * the broker applies a new topic or setting a moment after it answered.
   */
  function settingsOf(topic: string, expected: Record<string, string>): Promise<Record<string, string>> {
    return eventually(
      async () => {
        const { resources } = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
        });
        const own = Object.fromEntries(resources[0].configEntries.filter((e) => !e.isDefault).map((e) => [e.configName, e.configValue]));
        return Object.entries(expected).every(([name, value]) => own[name] === value) ? own : undefined;
      },
      10_000,
      `${topic} to have ${JSON.stringify(expected)}`,
    );
  }

  const retention = (ms: number) => ({ 'retention.ms': String(ms) });

  beforeAll(async () => {
    admin = connectionFor('admin').kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    const mine = (await admin.listTopics()).filter((t) => t.startsWith(run));
    await admin.deleteTopics({ topics: mine }).catch(() => undefined);
    await admin.disconnect();
  });

  it('creates event, retry and dead-letter topics each with its retention, and applies a changed one', async () => {
    const connection = connectionFor('new');
    const { created } = await ensureTopics(connection, planTopics(connection, {}, topicRetention(12)));
    expect(created).toContain(connection.topic(Topics.InquiryReceived));

    const expected: [string, number][] = [
      [connection.topic(Topics.InquiryReceived), 7 * day],
      [connection.topic(Topics.InquiryForwardedRetry5), 14 * day],
      [connection.deadLetterTopic(Topics.InquiryClassified), 12 * day],
      [connection.deadLetterTopic(Topics.InquiryForwardedRetry1), 12 * day],
    ];
    for (const [topic, ms] of expected) expect(await settingsOf(topic, retention(ms))).toMatchObject(retention(ms));
    // Segments close daily, so a record outlives its retention by a day at most.
    expect(await settingsOf(connection.topic(Topics.InquiryReceived), { 'segment.ms': String(day) })).toMatchObject({
      'segment.ms': String(day),
    });

    const { retentionSet } = await ensureTopics(connection, planTopics(connection, {}, topicRetention(30)));
    expect(retentionSet).toContain(connection.deadLetterTopic(Topics.InquiryClassified));
    expect(retentionSet).not.toContain(connection.topic(Topics.InquiryReceived));
    const dlt = connection.deadLetterTopic(Topics.InquiryClassified);
    expect(await settingsOf(dlt, retention(30 * day))).toMatchObject(retention(30 * day));
  });

  it('sets the retention of a topic created without it, keeping its other settings, and then leaves it alone', async () => {
    const connection = connectionFor('upgrade');
    const dlt = connection.deadLetterTopic(Topics.InquiryWork);
    // As topics were created before retention was planned, with one setting an operator added.
    const operators = { 'max.message.bytes': '2000000' };
    await admin.createTopics({
      topics: [{ topic: dlt, numPartitions: 1, replicationFactor: -1, configEntries: [{ name: 'max.message.bytes', value: '2000000' }] }],
    });
    expect(await settingsOf(dlt, operators)).not.toHaveProperty('retention.ms');

    const { created, retentionSet } = await ensureTopics(connection, planTopics(connection));
    expect(created).not.toContain(dlt);
    expect(retentionSet).toEqual([dlt]);
    const expected = { ...operators, ...retention(30 * day), 'segment.ms': String(day) };
    expect(await settingsOf(dlt, expected)).toMatchObject(expected);

    expect(await ensureTopics(connection, planTopics(connection))).toEqual({ created: [], retentionSet: [] });
  });

  it('returns once every partition of every planned topic has a leader, also of topics found existing', async () => {
    const connection = connectionFor('leaders');
    const received = connection.topic(Topics.InquiryReceived);
    // As a create request that timed out leaves them: there, maybe not yet led, and not waited for.
    await admin.createTopics({ waitForLeaders: false, topics: [{ topic: received, numPartitions: 6, replicationFactor: -1 }] });

    const { created } = await ensureTopics(connection, planTopics(connection));
    expect(created).not.toContain(received);
    const planned = planTopics(connection);
    const { topics } = await admin.fetchTopicMetadata({ topics: planned.map((p) => p.topic) });
    for (const { topic, partitions } of planned) {
      const led = topics.find((t) => t.name === topic)!.partitions.filter((p) => p.leader >= 0 && p.partitionErrorCode === 0);
      expect([topic, led.length]).toEqual([topic, topic === received ? 6 : partitions]);
    }
  });
});
