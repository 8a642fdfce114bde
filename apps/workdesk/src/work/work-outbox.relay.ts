import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { TopicName } from '@inquiry-router/contracts';
import { EventPublisher, OutgoingEvent } from '@inquiry-router/messaging';
import { WorkOutboxRepository } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';

/**
 * Publishes the events the work actions wrote to the outbox in their transactions: at once when
 * an action asks (`kick`), and every half second for anything left (a failed publish, a crash).
 * Rows are deleted only after Kafka acknowledged them; several instances share the work.
 */
@Injectable()
export class WorkOutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(WorkOutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(WorkOutboxRepository) private readonly work: WorkOutboxRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(WorkdeskEnv) private readonly env: WorkdeskEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.run(), 500);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.stopped = true;
    await this.running;
  }

  private scheduled = false;

  /**
   * Publishes what is pending in a moment: calls within a few milliseconds (40 advisers claiming
   * at once) share one run, so the events go out in batches rather than one request each.
   */
  kick(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.run();
    }, 20).unref();
  }

  /** Publishes what is pending now; coalesces calls made while a run is going. */
  private run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((e) => this.log.warn(`work events not published yet: ${(e as Error).message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const n = await this.work.relayOutbox(this.env.KAFKA_TOPIC_PREFIX, 500, async (messages) => {
        const byTopic = new Map<string, OutgoingEvent<TopicName>[]>();
        for (const m of messages) {
          const list = byTopic.get(m.topic) ?? [];
          list.push({ key: m.key, value: m.payload as OutgoingEvent<TopicName>['value'] });
          byTopic.set(m.topic, list);
        }
        await Promise.all([...byTopic].map(([topic, events]) => this.publisher.publish(topic as TopicName, events)));
      });
      if (n < 500) return;
    }
  }
}
