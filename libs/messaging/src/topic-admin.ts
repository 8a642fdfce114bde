import { Admin, ConfigResourceTypes, ConfigSource, IResourceConfig } from 'kafkajs';
import {
  AllTopics,
  DefaultPartitions,
  InquiryForwardedRetryMaxAgeSeconds,
  InquiryForwardedRetryTopics,
  TopicName,
} from '@inquiry-router/contracts';
import { KafkaConnection } from './kafka-connection';

export interface TopicPlan {
  topic: string;
  partitions: number;
  retentionMs: number;
  segmentMs: number;
}

const dayMs = 86_400_000;
const retentionMs = 'retention.ms';
const segmentMs = 'segment.ms';

/**
 * How long the broker keeps the messages of each kind of topic. Set on every topic the project
 * creates, so a broker's own default (24 h on the local broker) never decides it.
 */
export interface TopicRetention {
  /** The events: consumed within seconds, kept a week to investigate or to let a stopped consumer catch up. */
  eventsMs: number;
  /** Retry topics: twice the longest retry schedule the agency-forwarder allows, so no waiting delivery expires. */
  retriesMs: number;
  /** Dead letters: until someone has looked at them and replayed what should go on. */
  deadLettersMs: number;
  /**
   * How long a partition's log segment takes records before it is closed (every topic). The broker
   * deletes whole segments once their newest record is past retention, so a record may outlive its
   * retention by up to this: a day, not the broker's default week, because the events, retries and
   * dead letters carry inquirers' personal data (README, "Personal data").
   */
  segmentMs: number;
}

export const defaultDeadLetterRetentionDays = 30;

export function topicRetention(deadLetterDays = defaultDeadLetterRetentionDays): TopicRetention {
  return {
    eventsMs: 7 * dayMs,
    retriesMs: 2 * InquiryForwardedRetryMaxAgeSeconds * 1000,
    deadLettersMs: deadLetterDays * dayMs,
    segmentMs: dayMs,
  };
}

const retryTopics = new Set<TopicName>(InquiryForwardedRetryTopics);

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

/** Every topic and its dead-letter topic, with partition counts (dead letters need few) and retention. */
export function planTopics(
  connection: KafkaConnection,
  overrides: Partial<Record<TopicName, number>> = {},
  retention: TopicRetention = topicRetention(),
): TopicPlan[] {
  return AllTopics.flatMap((t) => [
    {
      topic: connection.topic(t),
      partitions: overrides[t] ?? DefaultPartitions[t],
      retentionMs: retryTopics.has(t) ? retention.retriesMs : retention.eventsMs,
      segmentMs: retention.segmentMs,
    },
    { topic: connection.deadLetterTopic(t), partitions: 1, retentionMs: retention.deadLettersMs, segmentMs: retention.segmentMs },
  ]);
}

export interface EnsuredTopics {
  created: string[];
  /** Existing topics whose retention (or segment time) was set to the plan's (created before it was set, or the setting changed). */
  retentionSet: string[];
}

/** Creates the topics that do not exist yet and sets the planned retention on those that do. The broker never creates topics by itself. */
export async function ensureTopics(connection: KafkaConnection, plan: TopicPlan[]): Promise<EnsuredTopics> {
  const admin = connection.kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = plan.filter((p) => !existing.has(p.topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        // kafkajs' default, 5 s, is short for some forty topics on a busy broker.
        timeout: 30_000,
        topics: missing.map((p) => ({
          topic: p.topic,
          numPartitions: p.partitions,
          replicationFactor: -1,
          configEntries: [
            { name: retentionMs, value: String(p.retentionMs) },
            { name: segmentMs, value: String(p.segmentMs) },
          ],
        })),
      });
    }
    const retentionSet = await setRetention(
      admin,
      plan.filter((p) => existing.has(p.topic)),
    );
    await untilLed(
      admin,
      plan.map((p) => p.topic),
    );
    return { created: missing.map((p) => p.topic), retentionSet };
  } finally {
    await admin.disconnect();
  }
}

const leadersWaitMs = 30_000;

/**
 * Resolves once every partition of `topics` has a leader. createTopics waits for them itself only
 * when its request succeeds: a request that timed out on a busy broker has often created the
 * topics anyway, the retry then finds them existing, and a consumer that joined its group before
 * their leaders were known could be assigned none of their partitions until its next metadata
 * refresh, minutes later.
 */
async function untilLed(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + leadersWaitMs;
  for (;;) {
    const leaderless = await admin.fetchTopicMetadata({ topics }).then(
      ({ topics: described }) =>
        topics.filter((name) => {
          const partitions = described.find((t) => t.name === name)?.partitions ?? [];
          return partitions.length === 0 || partitions.some((p) => p.leader < 0 || p.partitionErrorCode !== 0);
        }),
      // A topic the broker has not finished creating is not in its metadata yet.
      () => topics,
    );
    if (leaderless.length === 0) return;
    if (Date.now() > deadline) throw new Error(`topics without a leader after ${leadersWaitMs} ms: ${leaderless.join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sets `retention.ms` and `segment.ms` where an existing topic's own settings differ from the plan, keeping the topic's other settings. */
async function setRetention(admin: Admin, plan: TopicPlan[]): Promise<string[]> {
  if (plan.length === 0) return [];
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: plan.map((p) => ({ type: ConfigResourceTypes.TOPIC, name: p.topic })),
  });
  const ownSettings = new Map(
    resources.map((r) => [r.resourceName, r.configEntries.filter((e) => e.configSource === ConfigSource.TOPIC_CONFIG)]),
  );
  const changes: IResourceConfig[] = [];
  for (const p of plan) {
    const own = ownSettings.get(p.topic) ?? [];
    const planned = { [retentionMs]: String(p.retentionMs), [segmentMs]: String(p.segmentMs) };
    if (Object.entries(planned).every(([name, value]) => own.some((e) => e.configName === name && e.configValue === value))) continue;
    // AlterConfigs replaces all of a topic's own settings: the others are sent along unchanged.
    const kept = own.filter((e) => !(e.configName in planned)).map((e) => ({ name: e.configName, value: e.configValue }));
    changes.push({
      type: ConfigResourceTypes.TOPIC,
      name: p.topic,
      configEntries: [...kept, ...Object.entries(planned).map(([name, value]) => ({ name, value }))],
    });
  }
  if (changes.length > 0) await admin.alterConfigs({ validateOnly: false, resources: changes });
  return changes.map((c) => c.name);
}
