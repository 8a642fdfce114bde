import { Consumer, ConsumerRunConfig } from 'kafkajs';
import type { Logger } from 'pino';
import { TopicName } from '@inquiry-router/contracts';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';
import { isCoordinatorNotReady } from './kafkajs-log';

export interface ConsumerGroupOptions {
  groupId: string;
  topic: TopicName;
  /** Where a new group starts: the whole topic (default), or only what arrives from now on. */
  fromBeginning?: boolean;
  /** Called on every join of the group (a new generation). */
  onJoin?: () => void;
}

type RunConfig = Pick<ConsumerRunConfig, 'eachBatch' | 'partitionsConsumedConcurrently'>;

/** Delays before restarting a consumer kafkajs gave up on: doubled from the first up to the longest. */
const firstRestartDelayMs = 1000;
const longestRestartDelayMs = 30_000;

/**
 * One member of a consumer group on one topic: how every consumer of the project joins, starts,
 * stops and reports whether it is ready. Offsets are never committed automatically; the consumer
 * that runs it commits after its work. A consumer that kafkajs gives up on (it does on some errors
 * of a broker restart, e.g. "Failed to find group coordinator") is started again here, with
 * backoff, and is not ready until it has joined its group again: a broker outage never ends the
 * process.
 */
export class ConsumerGroupMember implements ReadinessCheck {
  readonly consumer: Consumer;
  private joined = false;
  /** Counts the group's generations this member joined: work of an earlier one is no longer its to commit. */
  generation = 0;
  /** Why the consumer is not consuming while it waits to be restarted. */
  private crashed: Error | null = null;
  private broken: Error | null = null;
  private run: RunConfig | null = null;
  private stopped = false;
  private restartsSinceJoin = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private restarting: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: KafkaConnection,
    readonly name: string,
    private readonly options: ConsumerGroupOptions,
    private readonly log: Logger,
  ) {
    this.consumer = connection.kafka.consumer({
      groupId: connection.group(options.groupId),
      allowAutoTopicCreation: false,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      // How long the broker holds a fetch that finds nothing: a message that arrives is returned at
      // once whatever this is, so it only sets how often an idle consumer asks again. The many idle
      // groups of a deployment cost CPU a storm needs elsewhere (measured at rest across the apps:
      // 30 % of a core at 100 ms, 14 % at 1 s); 500 ms keeps a paused partition's resume and a
      // shutdown, which wait for the fetch in hand, quick.
      maxWaitTimeInMs: 500,
    });
    const { GROUP_JOIN, CRASH, STOP } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, () => {
      this.generation++;
      options.onJoin?.();
      this.joined = true;
      this.crashed = null;
      this.restartsSinceJoin = 0;
    });
    this.consumer.on(STOP, () => (this.joined = false));
    this.consumer.on(CRASH, (event) => {
      const error = event.payload.error;
      if (event.payload.restart) {
        // The coordinator loads its groups at every broker start: routine, and over in a moment.
        if (isCoordinatorNotReady(error)) this.log.info({ reason: error.message }, 'group coordinator not ready yet; kafkajs joins again');
        else this.log.warn({ err: error }, 'consumer crashed; kafkajs restarts it');
        return;
      }
      this.restartLater(error);
    });
  }

  async start(run: RunConfig): Promise<void> {
    this.run = run;
    this.stopped = false;
    await this.connectAndRun(run);
  }

  /** Finishes the batch in hand (kafkajs waits for it), then leaves the group. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    await this.restarting;
    await this.consumer.disconnect();
  }

  check(): Promise<void> {
    if (this.broken) return Promise.reject(new Error(`consumer broken: ${this.broken.message}`));
    if (this.crashed) return Promise.reject(new Error(`consumer crashed and is being restarted: ${this.crashed.message}`));
    if (!this.joined) return Promise.reject(new Error('consumer has not joined its group'));
    return Promise.resolve();
  }

  /** Not ready until the process is restarted (work that could not be finished is redelivered then). */
  markBroken(error: Error): void {
    this.broken ??= error;
  }

  private async connectAndRun(run: RunConfig): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.connection.topic(this.options.topic), fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({ ...run, autoCommit: false, eachBatchAutoResolve: false });
  }

  /** Not ready from now on, and started again after a delay that grows while restarts keep failing. */
  private restartLater(error: Error): void {
    this.joined = false;
    this.crashed = error;
    if (this.stopped || this.restartTimer) return;
    const delayMs = Math.min(firstRestartDelayMs * 2 ** this.restartsSinceJoin, longestRestartDelayMs);
    this.restartsSinceJoin++;
    this.log.error({ err: error, restartInMs: delayMs }, 'consumer crashed and kafkajs gave up on it; restarting it');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.restarting = this.restart();
    }, delayMs);
  }

  private async restart(): Promise<void> {
    if (this.stopped || !this.run) return;
    try {
      // kafkajs has disconnected a consumer it gave up on; a failed restart may have left it half connected.
      await this.consumer.disconnect();
      await this.connectAndRun(this.run);
    } catch (error) {
      this.restartLater(error as Error);
    }
  }
}
