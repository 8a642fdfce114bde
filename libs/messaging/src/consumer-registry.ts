import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { TopicName } from '@inquiry-router/contracts';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';
import { EventPublisher } from './event-publisher';
import { EventConsumer, EventConsumerOptions } from './event-consumer';

/**
 * Where an app's Kafka handlers register their consumers. Starts them once the app has booted,
 * stops them (finishing the batch in hand, committing its offsets) when it shuts down, and is
 * the app's Kafka-consumer readiness check: a crashed consumer makes the app not ready.
 */
@Injectable()
export class ConsumerRegistry implements OnApplicationBootstrap, OnModuleDestroy, ReadinessCheck {
  readonly name = 'kafka-consumers';
  private readonly consumers: EventConsumer<TopicName>[] = [];

  constructor(
    @Inject(KafkaConnection) private readonly connection: KafkaConnection,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  register<T extends TopicName>(options: Omit<EventConsumerOptions<T>, 'logger'>): EventConsumer<T> {
    const consumer = new EventConsumer(this.connection, this.publisher, { ...options, logger: this.connection.options.logger });
    this.consumers.push(consumer as unknown as EventConsumer<TopicName>);
    return consumer;
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.start()));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }

  async check(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.check()));
  }
}
