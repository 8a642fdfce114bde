import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AllTopics } from '@inquiry-router/contracts';
import { ScheduledJobs } from '@inquiry-router/runtime';
import { EventPublisher } from '../event-publisher';
import { KafkaConnection } from '../kafka-connection';
import type { OutboxMessage } from './outbox-message';
import { OutboxStore } from './outbox-store';

/** Messages taken per transaction; the relay goes on until fewer are left. */
const BatchSize = 500;

/** How often the relay looks for what a kick did not catch (a failed publish, a crash, another instance's writes). */
const OutboxPollMs = 200;

/**
 * Publishes what writers added to the outbox in their transactions, once they committed. It
 * relays the topics of this deployment (every contract topic and its dead-letter topic under this
 * app's topic prefix), so
 * deployments sharing one database each publish their own. Rows are deleted only after Kafka
 * acknowledged them; a publish that fails leaves them for the next run. The poll is one of the
 * app's scheduled jobs (`ScheduledJobs`, from `AppRuntimeModule`), started with the app; writers
 * also kick the relay, so their events need not wait for it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(OutboxRelay.name);
  private readonly topics: readonly string[];
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private kicked = false;

  constructor(
    @Inject(OutboxStore) private readonly store: OutboxStore,
    private readonly publisher: EventPublisher,
    connection: KafkaConnection,
    private readonly jobs: ScheduledJobs,
  ) {
    this.topics = AllTopics.flatMap((t) => [connection.topic(t), connection.deadLetterTopic(t)]);
  }

  onApplicationBootstrap(): void {
    this.jobs.every('outbox-relay', OutboxPollMs, () => this.poll());
  }

  /** One look for what is pending (the scheduled job), resolving when that run is done. */
  async poll(): Promise<void> {
    this.run();
    await this.running;
  }

  /**
   * Publishes what is pending in a moment: kicks within a few milliseconds (40 advisers claiming
   * at once) share one run, so the events go out in batches rather than one request each.
   */
  kick(): void {
    if (this.stopped || this.kicked) return;
    this.kicked = true;
    setTimeout(() => {
      this.kicked = false;
      this.run();
    }, 20).unref();
  }

  /** Publishes everything pending now (what a kick or the poll does), resolving when done. */
  async flush(): Promise<void> {
    await this.running;
    await this.drain();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** One run at a time in this instance; a call during a run makes it go again. */
  private run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((e) => this.log.warn(`outbox messages not published yet: ${(e as Error).message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  private async drain(): Promise<void> {
    while ((await this.store.relay(this.topics, BatchSize, (messages) => this.publish(messages))) === BatchSize);
  }

  /** Each topic's messages in the order written: one key's messages reach its partition in order. */
  private async publish(messages: OutboxMessage[]): Promise<void> {
    const byTopic = new Map<string, OutboxMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic);
      if (list) list.push(m);
      else byTopic.set(m.topic, [m]);
    }
    await Promise.all(
      [...byTopic].map(([topic, list]) =>
        this.publisher.publishRaw(
          topic,
          list.map((m) => ({ key: m.key, value: JSON.stringify(m.payload), headers: m.headers ?? {} })),
        ),
      ),
    );
  }
}
