import { AllTopics, DefaultPartitions, TopicName } from '@inquiry-router/contracts';
import { KafkaConnection } from './kafka-connection';

export interface TopicPlan {
  topic: string;
  partitions: number;
}

/**
 * Parses `KAFKA_TOPIC_PARTITIONS` ("inquiry.received.v1=12,inquiry.classified.v1=12") into
 * overrides of the contract defaults.
 */
export function parsePartitionOverrides(spec: string | undefined): Partial<Record<TopicName, number>> {
  const overrides: Partial<Record<TopicName, number>> = {};
  for (const part of (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, count] = part.split('=');
    if (!(AllTopics as readonly string[]).includes(name) || !/^\d+$/.test(count ?? '') || Number(count) < 1) {
      throw new Error(`KAFKA_TOPIC_PARTITIONS: "${part}" must be <topic>=<partitions> with a topic from libs/contracts`);
    }
    overrides[name as TopicName] = Number(count);
  }
  return overrides;
}

/** Every topic and its dead-letter topic, with partition counts (dead letters need few). */
export function planTopics(connection: KafkaConnection, overrides: Partial<Record<TopicName, number>> = {}): TopicPlan[] {
  return AllTopics.flatMap((t) => [
    { topic: connection.topic(t), partitions: overrides[t] ?? DefaultPartitions[t] },
    { topic: connection.deadLetterTopic(t), partitions: 1 },
  ]);
}

/** Creates the topics that do not exist yet. The broker never creates topics by itself. */
export async function ensureTopics(connection: KafkaConnection, plan: TopicPlan[]): Promise<string[]> {
  const admin = connection.kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = plan.filter((p) => !existing.has(p.topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((p) => ({ topic: p.topic, numPartitions: p.partitions, replicationFactor: -1 })),
      });
    }
    return missing.map((p) => p.topic);
  } finally {
    await admin.disconnect();
  }
}
