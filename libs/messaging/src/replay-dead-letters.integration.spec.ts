// Integration: real Kafka broker (fresh topics under a random prefix).
import { ConfigResourceTypes } from 'kafkajs';
import { Topics } from '@inquiry-router/contracts';
import { anInquiry, eventually, TestPipeline } from '@inquiry-router/testing';
import { EventConsumer } from './event-consumer';
import { NonRetriableError } from './errors';
import { replayDeadLetters, ReplayedFromHeader } from './replay-dead-letters';

describe('replayDeadLetters (real broker)', () => {
  const pipeline = new TestPipeline();
  let consumer: EventConsumer<typeof Topics.InquiryReceived>;
  beforeAll(() => pipeline.setUp());
  afterAll(async () => {
    await consumer?.stop();
    await pipeline.tearDown();
  });

  it('puts dead letters back on their topic once, and the fixed consumer takes them', async () => {
    let fixed = false;
    const handled: { id: string; replayedFrom?: string }[] = [];
    consumer = new EventConsumer(pipeline.connection, pipeline.publisher, {
      groupId: `g-${pipeline.id}`,
      topic: Topics.InquiryReceived,
      logger: pipeline.log,
      handle: async (events) => {
        if (!fixed) throw new NonRetriableError('no agreement for this agency yet');
        handled.push(...events.map((e) => ({ id: e.value.inquiry.id, replayedFrom: e.headers[ReplayedFromHeader] })));
      },
    });
    await consumer.start();
    const stuck = [anInquiry(), anInquiry()];
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      stuck.map((inquiry) => ({ key: inquiry.id, value: { inquiry } })),
    );
    await eventually(async () => (deadLetters.length === 2 ? true : undefined), 30_000, 'two dead letters');

    expect(await replayDeadLetters(pipeline.connection, pipeline.publisher, Topics.InquiryReceived, { dryRun: true })).toBe(2);
    fixed = true;
    expect(await replayDeadLetters(pipeline.connection, pipeline.publisher, Topics.InquiryReceived)).toBe(2);
    await eventually(async () => (handled.length === 2 ? true : undefined), 30_000, 'the replayed messages handled');
    expect(handled.map((h) => h.id).sort()).toEqual(stuck.map((s) => s.id).sort());
    expect(handled.every((h) => h.replayedFrom?.includes('.dlt/'))).toBe(true);

    // A second run finds nothing new to replay.
    expect(await replayDeadLetters(pipeline.connection, pipeline.publisher, Topics.InquiryReceived)).toBe(0);
  });

  it('finds nothing to replay, at once, where retention has deleted every dead letter', async () => {
    const dlt = pipeline.connection.deadLetterTopic(Topics.InquiryClassified);
    await pipeline.publisher.publishRaw(dlt, [{ key: 'a', value: '{}', headers: {} }]);
    const admin = pipeline.connection.kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(dlt);
      await admin.deleteTopicRecords({ topic: dlt, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    } finally {
      await admin.disconnect();
    }

    expect(await replayDeadLetters(pipeline.connection, pipeline.publisher, Topics.InquiryClassified)).toBe(0);
  });

  it('fails, instead of waiting for ever, when a dead letter cannot be put back and kafkajs gives up on the replay', async () => {
    // The topic now takes no message as large as the one dead-lettered: the broker refuses it for good.
    const admin = pipeline.connection.kafka.admin();
    await admin.connect();
    try {
      await admin.alterConfigs({
        validateOnly: false,
        resources: [
          {
            type: ConfigResourceTypes.TOPIC,
            name: pipeline.connection.topic(Topics.InquiryForwarded),
            configEntries: [{ name: 'max.message.bytes', value: '512' }],
          },
        ],
      });
    } finally {
      await admin.disconnect();
    }
    const dlt = pipeline.connection.deadLetterTopic(Topics.InquiryForwarded);
    await pipeline.publisher.publishRaw(dlt, [{ key: 'a', value: JSON.stringify({ text: 'x'.repeat(4096) }), headers: {} }]);

    await expect(replayDeadLetters(pipeline.connection, pipeline.publisher, Topics.InquiryForwarded)).rejects.toThrow(
      /larger than the max message size/,
    );
  }, 60_000);
});
