import { randomBytes } from 'node:crypto';
import { DeadLetterHeaders, TopicName } from '@inquiry-router/contracts';
import { KafkaConnection } from './kafka-connection';
import { EventPublisher } from './event-publisher';
import { isCoordinatorNotReady } from './kafkajs-log';

export const ReplayedFromHeader = 'x-replayed-from-dlt';

/**
 * Puts what a topic's dead-letter topic holds back on the topic, once the cause is fixed (a bug,
 * a policy without the agency). Replays what is there when it starts, then stops; its consumer
 * group remembers where it got to, so a second run replays only what was dead-lettered since.
 * Dead-letter headers are dropped; `x-replayed-from-dlt` says where the message came from.
 */
export async function replayDeadLetters(
  connection: KafkaConnection,
  publisher: EventPublisher,
  topic: TopicName,
  options: { dryRun?: boolean } = {},
): Promise<number> {
  const dlt = connection.deadLetterTopic(topic);
  const log = connection.options.logger.child({ component: 'dlt-replay', topic: dlt });
  const groupId = options.dryRun ? `dlt-replay-dry-${randomBytes(4).toString('hex')}` : `dlt-replay.${topic}`;
  // What there is to replay: each partition's end now, less what an earlier run committed. Read
  // before the consumer starts, and awaited, so a failure here fails the replay instead of
  // outliving it (a partition with nothing left is done at once; the others when their last
  // message is replayed).
  const admin = connection.kafka.admin();
  await admin.connect();
  const remaining = new Map<number, bigint>();
  try {
    // A partition whose messages retention has deleted (low = high) holds nothing to replay.
    for (const p of await admin.fetchTopicOffsets(dlt)) remaining.set(p.partition, BigInt(p.low) >= BigInt(p.high) ? 0n : BigInt(p.high));
    const [committed] = await admin.fetchOffsets({ groupId: connection.group(groupId), topics: [dlt] });
    for (const p of committed?.partitions ?? []) {
      const high = remaining.get(p.partition) ?? 0n;
      if (Number(p.offset) >= 0 && BigInt(p.offset) >= high) remaining.set(p.partition, 0n);
    }
  } finally {
    await admin.disconnect();
  }
  if ([...remaining.values()].every((high) => high === 0n)) return 0;
  const consumer = connection.kafka.consumer({ groupId: connection.group(groupId), maxWaitTimeInMs: 200 });
  let replayed = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: dlt, fromBeginning: true });
    const done = new Promise<void>((resolve, reject) => {
      const check = () => {
        if ([...remaining.values()].every((high) => high === 0n)) resolve();
      };
      // A consumer kafkajs gives up on would leave the replay waiting for ever: it fails instead.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) reject(payload.error);
        else if (!isCoordinatorNotReady(payload.error)) log.warn({ err: payload.error }, 'dead-letter replay crashed; kafkajs restarts it');
      });
      consumer
        .run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          // eslint-disable-next-line @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured
          eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
            const high = remaining.get(batch.partition) ?? 0n;
            const due = batch.messages.filter((m) => BigInt(m.offset) < high);
            if (due.length > 0 && !options.dryRun) {
              await publisher.publishRaw(
                connection.topic(topic),
                due.map((m) => {
                  const headers: Record<string, string | Buffer> = {};
                  for (const [k, v] of Object.entries(m.headers ?? {})) {
                    if (v !== undefined && !(Object.values(DeadLetterHeaders) as string[]).includes(k)) headers[k] = v as Buffer;
                  }
                  headers[ReplayedFromHeader] = `${dlt}/${batch.partition}/${m.offset}`;
                  return { key: m.key, value: m.value, headers };
                }),
              );
            }
            replayed += due.length;
            const last = due[due.length - 1];
            if (last) {
              resolveOffset(last.offset);
              await commitOffsetsIfNecessary({
                topics: [
                  { topic: batch.topic, partitions: [{ partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() }] },
                ],
              });
              if (BigInt(last.offset) + 1n >= high) remaining.set(batch.partition, 0n);
            }
            check();
          },
        })
        .catch(reject);
      check();
    });
    await done;
  } finally {
    await consumer.disconnect();
  }
  return replayed;
}
