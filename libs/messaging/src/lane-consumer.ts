import { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { PayloadOf, TopicName } from '@inquiry-router/contracts';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';
import { EventPublisher } from './event-publisher';
import { failureKind, NonRetriableError } from './errors';
import { deadLetterRecord, describeFailure, parseConsumed, retryDelayMs, sleep, UnavailableRetry } from './consumed-message';
import type { ConsumedEvent } from './consumed-message';
import { ConsumerGroupMember, ConsumerGroupOptions } from './consumer-group';

export interface LaneConsumerOptions<T extends TopicName> extends Omit<ConsumerGroupOptions, 'onJoin'> {
  topic: T;
  /**
   * The lane of a message (e.g. the agency it goes to). A lane handles its messages one at a time
   * in offset order; lanes run side by side, so a slow lane delays only itself.
   */
  laneOf: (event: ConsumedEvent<PayloadOf<T>>) => string;
  /** Handles one valid message; throws to have it retried (and, at last, dead-lettered). */
  handle: (event: ConsumedEvent<PayloadOf<T>>) => Promise<void>;
  /**
   * When a message may be handled (epoch ms; default at once). A partition whose next message is
   * not due yet is paused until it is, so due times must not decrease along a partition (a retry
   * topic with one fixed delay).
   */
  dueAt?: (event: ConsumedEvent<PayloadOf<T>>) => number;
  logger: Logger;
  /** Failed attempts per message before it is dead-lettered; a service being unavailable, or another app's bounded wait, counts none (failureKind). */
  maxAttempts?: number;
  retryBackoffMs?: number;
  /** Messages taken from one partition and not yet finished; beyond it the partition pauses. */
  maxInFlightPerPartition?: number;
}

/** The messages taken from one partition (in this group generation) and which of them are finished. */
interface PartitionWork {
  generation: number;
  partition: number;
  inFlight: string[];
  done: Set<string>;
  /** Resumes the partition once enough in-flight work has finished. */
  resumeWhenDrained: (() => void) | null;
}

/**
 * One consumer group on one topic whose messages are handled in lanes (one per key, e.g. per
 * agency) instead of partition by partition: a message that takes long (an agency endpoint that
 * hangs until its timeout) holds up only the later messages of its own lane, never the other
 * lanes sharing its partition. Offsets are committed up to the oldest message still in work, so
 * a crash redelivers what was not finished (at least once; handlers are idempotent). Messages can
 * carry a due time (retry topics): the partition is paused until the next one is due, without
 * blocking the other partitions or the group's heartbeats. Invalid messages, and messages that
 * still fail after retries, go to the dead-letter topic with the cause, as in EventConsumer.
 */
export class LaneConsumer<T extends TopicName> implements ReadinessCheck {
  readonly name: string;
  private readonly member: ConsumerGroupMember;
  private readonly log: Logger;
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly partitions = new Map<number, PartitionWork>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingCommits = new Map<number, string>();
  private committing: Promise<void> = Promise.resolve();
  private generation = 0;
  private running = false;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly publisher: EventPublisher,
    private readonly options: LaneConsumerOptions<T>,
  ) {
    this.name = `kafka-lane-consumer:${options.topic}`;
    this.log = options.logger.child({ component: 'lane-consumer', topic: options.topic, group: options.groupId });
    this.member = new ConsumerGroupMember(
      connection,
      this.name,
      {
        ...options,
        onJoin: () => {
          // A new generation: work of the old one finishes, but its offsets are no longer ours to commit.
          this.generation++;
          this.partitions.clear();
          this.pendingCommits.clear();
        },
      },
      this.log,
    );
  }

  async start(): Promise<void> {
    this.running = true;
    await this.member.start({ partitionsConsumedConcurrently: 6, eachBatch: (payload) => this.takeBatch(payload) });
  }

  /** Stops taking messages, lets the lanes finish what they hold (bounded), commits and leaves the group. */
  async stop(timeoutMs = 15_000): Promise<void> {
    this.running = false;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.race([Promise.allSettled([...this.lanes.values()]), sleep(timeoutMs)]);
    this.flushCommits();
    await this.committing;
    await this.member.stop();
  }

  async check(): Promise<void> {
    await this.member.check();
  }

  // eslint-disable-next-line @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured
  private async takeBatch({ batch, resolveOffset, heartbeat, pause, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const work = this.workOf(batch.partition);
    const limit = this.options.maxInFlightPerPartition ?? 200;
    for (const message of batch.messages) {
      if (!this.running || !isRunning() || isStale()) return;
      let event: ConsumedEvent<PayloadOf<T>>;
      try {
        event = this.parse(message, batch.partition);
      } catch (error) {
        work.inFlight.push(message.offset);
        resolveOffset(message.offset);
        await this.deadLetter(message, batch.partition, describeFailure(error), 0);
        this.finish(work, message.offset);
        continue;
      }
      const wait = (this.options.dueAt?.(event) ?? 0) - Date.now();
      if (wait > 0) {
        // Not resolved: once resumed, the partition is fetched again from this message.
        const resume = pause();
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resume();
        }, wait);
        this.timers.add(timer);
        this.log.debug(
          { partition: batch.partition, offset: message.offset, waitMs: wait },
          'partition paused until its next message is due',
        );
        break;
      }
      if (work.inFlight.length >= limit) {
        work.resumeWhenDrained = pause();
        break;
      }
      work.inFlight.push(message.offset);
      resolveOffset(message.offset);
      this.dispatch(work, event, message);
    }
    await heartbeat();
  }

  private workOf(partition: number): PartitionWork {
    let work = this.partitions.get(partition);
    if (!work) {
      work = { generation: this.generation, partition, inFlight: [], done: new Set(), resumeWhenDrained: null };
      this.partitions.set(partition, work);
    }
    return work;
  }

  private dispatch(work: PartitionWork, event: ConsumedEvent<PayloadOf<T>>, message: KafkaMessage): void {
    const lane = this.options.laneOf(event);
    const previous = this.lanes.get(lane) ?? Promise.resolve();
    const next = previous
      .then(() => this.handleWithRetry(event, message, work.partition))
      .then(() => this.finish(work, message.offset))
      .catch((error: Error) => {
        // Only the dead-letter publish can fail here: the offset stays unfinished (redelivered after a restart).
        this.log.error({ err: error, lane, offset: message.offset }, 'could not dead-letter a message; not ready until restarted');
        this.member.markBroken(error);
      });
    this.lanes.set(lane, next);
    void next.finally(() => {
      if (this.lanes.get(lane) === next) this.lanes.delete(lane);
    });
  }

  private async handleWithRetry(event: ConsumedEvent<PayloadOf<T>>, message: KafkaMessage, partition: number): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    const base = this.options.retryBackoffMs ?? 200;
    // Only failures of the work itself count towards dead-lettering (failureKind).
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(event);
        return;
      } catch (error) {
        const kind = failureKind(error);
        if (kind === 'work') failures++;
        if (error instanceof NonRetriableError || failures >= maxAttempts) {
          await this.deadLetter(message, partition, describeFailure(error), attempt);
          return;
        }
        if (!this.running) throw error;
        this.log.warn(
          { err: error, attempt, offset: message.offset },
          kind === 'unavailable' ? UnavailableRetry : 'handler failed; retrying',
        );
        await sleep(retryDelayMs(base, attempt));
      }
    }
  }

  /** Marks a message finished and commits up to the oldest one still in work. */
  private finish(work: PartitionWork, offset: string): void {
    if (work.generation !== this.generation) return;
    work.done.add(offset);
    let committable: string | null = null;
    while (work.inFlight.length > 0 && work.done.has(work.inFlight[0])) {
      committable = work.inFlight.shift()!;
      work.done.delete(committable);
    }
    if (committable !== null) {
      this.pendingCommits.set(work.partition, (BigInt(committable) + 1n).toString());
      this.flushCommits();
    }
    const limit = this.options.maxInFlightPerPartition ?? 200;
    if (work.resumeWhenDrained && work.inFlight.length <= limit / 2) {
      const resume = work.resumeWhenDrained;
      work.resumeWhenDrained = null;
      resume();
    }
  }

  /** Commits the pending offsets, one request at a time (later offsets overtake queued ones). */
  private flushCommits(): void {
    this.committing = this.committing.then(async () => {
      if (this.pendingCommits.size === 0) return;
      const partitions = [...this.pendingCommits].map(([partition, offset]) => ({
        topic: this.connection.topic(this.options.topic),
        partition,
        offset,
      }));
      this.pendingCommits.clear();
      try {
        await this.member.consumer.commitOffsets(partitions);
      } catch (error) {
        // A rebalance took the partitions: the new owner starts from the last commit (at least once).
        this.log.warn({ err: error }, 'offset commit failed; the messages will be redelivered');
      }
    });
  }

  private parse(message: KafkaMessage, partition: number): ConsumedEvent<PayloadOf<T>> {
    return parseConsumed(this.options.topic, message, partition);
  }

  private async deadLetter(message: KafkaMessage, partition: number, reason: string, attempts: number): Promise<void> {
    const source = { topic: this.options.topic, groupId: this.options.groupId, partition };
    await this.publisher.publishRaw(this.connection.deadLetterTopic(this.options.topic), [
      deadLetterRecord(this.connection, source, { message, reason, attempts, failedAt: new Date().toISOString() }),
    ]);
    this.log.error({ offset: message.offset, partition, reason }, 'message dead-lettered');
  }
}
