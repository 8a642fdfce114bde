import { Consumer, ConsumerRunConfig } from 'kafkajs';
import type { Logger } from 'pino';
import { TopicName } from '@inquiry-router/contracts';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';

export interface ConsumerGroupOptions {
  groupId: string;
  topic: TopicName;
  /** Where a new group starts: the whole topic (default), or only what arrives from now on. */
  fromBeginning?: boolean;
  /** Called when the consumer has crashed for good; the default ends the process so it is restarted. */
  onFatal?: (error: Error) => void;
  /** Called on every join of the group (a new generation). */
  onJoin?: () => void;
}

/**
 * One member of a consumer group on one topic: how every consumer of the project joins, starts,
 * stops and reports whether it is ready. Offsets are never committed automatically; the consumer
 * that runs it commits after its work.
 */
export class ConsumerGroupMember implements ReadinessCheck {
  readonly consumer: Consumer;
  private joined = false;
  private crashed: Error | null = null;

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
      maxWaitTimeInMs: 100,
    });
    const { GROUP_JOIN, CRASH, STOP } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, () => {
      options.onJoin?.();
      this.joined = true;
    });
    this.consumer.on(STOP, () => (this.joined = false));
    this.consumer.on(CRASH, (event) => {
      const error = event.payload.error;
      if (event.payload.restart) {
        this.log.warn({ err: error }, 'consumer crashed; kafkajs restarts it');
        return;
      }
      this.fail(error);
    });
  }

  async start(run: Pick<ConsumerRunConfig, 'eachBatch' | 'partitionsConsumedConcurrently'>): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.connection.topic(this.options.topic), fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({ ...run, autoCommit: false, eachBatchAutoResolve: false });
  }

  /** Finishes the batch in hand (kafkajs waits for it), then leaves the group. */
  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  check(): Promise<void> {
    if (this.crashed) return Promise.reject(new Error(`consumer crashed: ${this.crashed.message}`));
    if (!this.joined) return Promise.reject(new Error('consumer has not joined its group'));
    return Promise.resolve();
  }

  /** The consumer cannot go on: not ready from now on, and the process is ended (or onFatal called). */
  fail(error: Error): void {
    if (this.crashed) return;
    this.crashed = error;
    this.joined = false;
    this.log.fatal({ err: error }, 'consumer crashed and will not restart');
    (this.options.onFatal ?? (() => process.exit(1)))(error);
  }

  /** Not ready until restarted, without ending the process (work that could not be finished is redelivered then). */
  markBroken(error: Error): void {
    this.crashed ??= error;
  }
}
