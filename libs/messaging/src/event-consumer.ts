import { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { PayloadOf, TopicName } from '@inquiry-router/contracts';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';
import { EventPublisher } from './event-publisher';
import { failureKind, NonRetriableError, QuietWaitingRetries, WaitingForAnotherApp } from './errors';
import { ConsumedEvent, deadLetterRecord, describeFailure, parseConsumed, retryDelayMs, sleep, UnavailableRetry } from './consumed-message';
import { ConsumerGroupMember, ConsumerGroupOptions } from './consumer-group';

export type { ConsumedEvent } from './consumed-message';

/** Handles a batch of valid events; throws to have them retried (and, at last, dead-lettered). */
export type BatchHandler<T extends TopicName> = (events: ConsumedEvent<PayloadOf<T>>[]) => Promise<void>;

export interface EventConsumerOptions<T extends TopicName> extends Omit<ConsumerGroupOptions, 'onJoin'> {
  topic: T;
  handle: BatchHandler<T>;
  logger: Logger;
  /** Failed attempts per batch (and then per message) before a message is dead-lettered; a service being unavailable, or another app's bounded wait, counts none (failureKind). */
  maxAttempts?: number;
  retryBackoffMs?: number;
  partitionsConsumedConcurrently?: number;
  /**
   * Commit offsets after each batch (default). Off only for a request-reply's waiting side: its
   * group is its instance's alone and starts at the latest offset, so a commit, a broker round trip
   * in every waiting caller's path, would serve nobody.
   */
  commitOffsets?: boolean;
}

interface DeadLetter {
  message: KafkaMessage;
  reason: string;
  attempts: number;
}

/**
 * One consumer group on one topic, with the guarantees Nest's built-in Kafka server lacks:
 * every message is validated against its contract; invalid ones go to the dead-letter topic at
 * once; a failing batch is retried with backoff (heartbeating, so a slow retry causes no
 * rebalance), then retried message by message so one poison message cannot hold back the
 * others, and what still fails is dead-lettered with its cause. Offsets are committed only after
 * the handler's side effects and the dead letters are acknowledged: at-least-once, never lost,
 * the partition keeps flowing.
 */
export class EventConsumer<T extends TopicName> implements ReadinessCheck {
  readonly name: string;
  private readonly member: ConsumerGroupMember;
  private readonly log: Logger;
  /** The next offset to commit per partition, for work finished since the last commit went out, and its group generation. */
  private readonly pendingCommits = new Map<number, { offset: string; generation: number }>();
  private committing: Promise<void> = Promise.resolve();
  private commitQueued = false;
  private stopping = false;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly deadLetters: EventPublisher,
    private readonly options: EventConsumerOptions<T>,
  ) {
    this.name = `kafka-consumer:${options.topic}`;
    this.log = options.logger.child({ component: 'consumer', topic: options.topic, group: options.groupId });
    this.member = new ConsumerGroupMember(connection, this.name, options, this.log);
  }

  async start(): Promise<void> {
    await this.member.start({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.processBatch(payload),
    });
  }

  /** Finishes the batch in hand, commits its offsets and leaves the group. */
  async stop(): Promise<void> {
    // From here every batch that finishes waits for its commit; those finished before are committed now.
    this.stopping = true;
    await this.committing;
    await this.member.stop();
  }

  async check(): Promise<void> {
    await this.member.check();
  }

  /* eslint-disable @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured */
  private async processBatch({
    batch,
    resolveOffset,
    heartbeat,
    commitOffsetsIfNecessary,
    isRunning,
    isStale,
  }: EachBatchPayload): Promise<void> {
    /* eslint-enable @typescript-eslint/unbound-method */
    const startedAt = Date.now();
    const valid: { message: KafkaMessage; event: ConsumedEvent<PayloadOf<T>> }[] = [];
    const dead: DeadLetter[] = [];
    for (const message of batch.messages) {
      try {
        valid.push({ message, event: this.parse(message, batch.partition) });
      } catch (error) {
        dead.push({ message, reason: describeFailure(error), attempts: 0 });
      }
    }

    const alive = () => isRunning() && !isStale();
    dead.push(...(await this.handleWithRetry(valid, heartbeat, alive)));
    if (!alive()) return; // rebalance or shutdown mid-batch: nothing committed, redelivered to the new owner

    await this.sendToDeadLetterTopic(dead, batch.partition);
    const last = batch.messages[batch.messages.length - 1];
    if (last) {
      resolveOffset(last.offset);
      if (this.options.commitOffsets !== false) {
        this.commitAfterWork(batch.topic, batch.partition, (BigInt(last.offset) + 1n).toString(), commitOffsetsIfNecessary);
        // kafkajs leaves the group once the batches in hand return: what they finished is committed first.
        if (this.stopping || !isRunning()) await this.committing;
      }
    }
    await heartbeat();
    this.log.debug({ partition: batch.partition, size: batch.messages.length, ms: Date.now() - startedAt }, 'batch processed');
  }

  /**
   * Commits a partition's offset, its batch's work being done, without holding up the next fetch:
   * kafkajs fetches again only once every batch in hand has returned, so a commit awaited there
   * put a broker round trip in every message's path. Batches finished meanwhile share the next
   * commit request; one request at a time, so a later offset never lands before an earlier one.
   * A commit that fails (a rebalance, a broker restart) leaves the work to be redelivered: at
   * least once, never lost.
   */
  private commitAfterWork(topic: string, partition: number, offset: string, commit: EachBatchPayload['commitOffsetsIfNecessary']): void {
    this.pendingCommits.set(partition, { offset, generation: this.member.generation });
    if (this.commitQueued) return;
    this.commitQueued = true;
    this.committing = this.committing.then(async () => {
      this.commitQueued = false;
      // Offsets of an earlier generation (a rebalance since) are no longer this member's to commit.
      const generation = this.member.generation;
      const partitions = [...this.pendingCommits].flatMap(([p, c]) =>
        c.generation === generation ? [{ partition: p, offset: c.offset }] : [],
      );
      this.pendingCommits.clear();
      if (partitions.length === 0) return;
      try {
        // With autoCommit off, kafkajs commits only offsets it is given explicitly.
        await commit({ topics: [{ topic, partitions }] });
      } catch (error) {
        // Tried again with the next commit unless a later offset or a new generation replaced it; redelivered if none comes.
        for (const p of partitions)
          if (!this.pendingCommits.has(p.partition)) this.pendingCommits.set(p.partition, { offset: p.offset, generation });
        this.log.warn(
          { err: error, partitions: partitions.map((p) => p.partition) },
          'offset commit failed; tried again with the next one',
        );
      }
    });
  }

  private parse(message: KafkaMessage, partition: number): ConsumedEvent<PayloadOf<T>> {
    return parseConsumed(this.options.topic, message, partition);
  }

  /** Returns the messages that could not be handled, with the cause. */
  private async handleWithRetry(
    items: { message: KafkaMessage; event: ConsumedEvent<PayloadOf<T>> }[],
    heartbeat: () => Promise<void>,
    alive: () => boolean,
  ): Promise<DeadLetter[]> {
    if (items.length === 0) return [];
    const maxAttempts = this.options.maxAttempts ?? 5;
    const failure = await this.attempt(
      items.map((i) => i.event),
      maxAttempts,
      heartbeat,
      alive,
    );
    if (!failure) return [];
    if (!alive()) return [];
    if (items.length === 1) return [{ message: items[0].message, reason: describeFailure(failure.error), attempts: failure.attempts }];

    // Isolate the poison message(s): the rest of the batch still goes through.
    this.log.warn({ err: failure.error, size: items.length }, 'batch failed; retrying message by message');
    const dead: DeadLetter[] = [];
    for (const item of items) {
      if (!alive()) return [];
      const single = await this.attempt([item.event], maxAttempts, heartbeat, alive);
      if (single) dead.push({ message: item.message, reason: describeFailure(single.error), attempts: single.attempts });
    }
    return dead;
  }

  private async attempt(
    events: ConsumedEvent<PayloadOf<T>>[],
    maxAttempts: number,
    heartbeat: () => Promise<void>,
    alive: () => boolean,
  ): Promise<{ error: unknown; attempts: number } | null> {
    const base = this.options.retryBackoffMs ?? 200;
    // Only failures of the work itself count towards dead-lettering; an unavailable service, and
    // another app within the bound it holds the work for, are waited for.
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.handle(events);
        return null;
      } catch (error) {
        const kind = failureKind(error);
        if (kind === 'work') failures++;
        if (error instanceof NonRetriableError || failures >= maxAttempts || !alive()) return { error, attempts: attempt };
        if (error instanceof WaitingForAnotherApp && attempt <= QuietWaitingRetries) {
          this.log.debug({ reason: error.message, attempt, size: events.length }, 'waiting for another app; retrying');
        } else
          this.log.warn(
            { err: error, attempt, size: events.length },
            kind === 'unavailable' ? UnavailableRetry : 'handler failed; retrying',
          );
        await sleep(retryDelayMs(base, attempt));
        await heartbeat();
      }
    }
  }

  private async sendToDeadLetterTopic(dead: DeadLetter[], partition: number): Promise<void> {
    if (dead.length === 0) return;
    const failedAt = new Date().toISOString();
    const source = { topic: this.options.topic, groupId: this.options.groupId, partition };
    await this.deadLetters.publishRaw(
      this.connection.deadLetterTopic(this.options.topic),
      dead.map((d) => deadLetterRecord(this.connection, source, { ...d, failedAt })),
    );
    for (const d of dead) this.log.error({ offset: d.message.offset, partition, reason: d.reason }, 'message dead-lettered');
  }
}
