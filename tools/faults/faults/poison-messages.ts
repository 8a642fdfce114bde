import { randomBytes } from 'node:crypto';
import { AllTopics, Topics, TopicName } from '@inquiry-router/contracts';
import { Fault, pause } from './fault';

/** The topics some app consumes (the others are only produced for observers): a poison message on these must be dead-lettered. */
const consumed: TopicName[] = [
  Topics.InquiryReceived,
  Topics.InquiryClassified,
  Topics.InquiryReclassified,
  Topics.InquiryForwarded,
  Topics.InquiryForwardedRetry1,
  Topics.InquiryForwardedRetry2,
  Topics.InquiryForwardedRetry3,
  Topics.InquiryForwardedRetry4,
  Topics.InquiryForwardedRetry5,
  Topics.RoutingDecisionReply,
  Topics.OutboundMessage,
  Topics.InquiryWork,
];

const key = `poison-${randomBytes(4).toString('hex')}`;

/**
 * A message no consumer can read (not JSON) on every topic. It must land in the consumed topics'
 * dead-letter topics and stop nothing: the contacts flowing meanwhile are all recorded. Poison
 * messages are not contacts: they count in no field of the line.
 */
export const poisonMessages: Fault = {
  name: 'poison message on every topic',
  async inflict(system, ended) {
    const producer = system.connection.kafka.producer();
    await producer.connect();
    try {
      for (const topic of AllTopics)
        await producer.send({ topic: system.connection.topic(topic), messages: [{ key, value: '{"poison": not json' }] });
    } finally {
      await producer.disconnect();
    }
    ended();
  },
  async verify(system) {
    const seen = new Set<string>();
    const consumer = system.connection.kafka.consumer({ groupId: `faults-dlt-${randomBytes(4).toString('hex')}`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: consumed.map((t) => system.connection.deadLetterTopic(t)), fromBeginning: true });
      await consumer.run({
        eachMessage: ({ topic, message }) => {
          if (message.key?.toString() === key) seen.add(topic);
          return Promise.resolve();
        },
      });
      for (const deadline = Date.now() + 120_000; seen.size < consumed.length && Date.now() < deadline;) await pause(500);
    } finally {
      await consumer.disconnect();
    }
    const missing = consumed.filter((t) => !seen.has(system.connection.deadLetterTopic(t)));
    if (missing.length > 0) throw new Error(`poison messages not dead-lettered from: ${missing.join(', ')}`);
  },
};
