import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { TopicName, Topics } from '@inquiry-router/contracts';
import type { MessageTransport, ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';
import { EventPublisher } from './event-publisher';
import { EventConsumer } from './event-consumer';
import { LaneConsumer } from './lane-consumer';
import { ConsumerDeclaration, KafkaContext } from './consumer-declarations';
import { HandlerErrorsToTransport } from './handler-errors.filter';

/** Names this running instance (INSTANCE_ID, or a random id): the groups of `@MessagePattern` handlers carry it. */
export const MESSAGING_INSTANCE_ID = Symbol('MESSAGING_INSTANCE_ID');

const topicNames = new Set<string>(Object.values(Topics));
const isTopicName = (name: string): name is TopicName => topicNames.has(name);

/**
 * The Nest transport for an app's Kafka handlers, over this library's consumers rather than the
 * built-in Kafka server (which lacks batch handlers, retries, dead letters and commit-after-work).
 * Each handler declared with `@EventPattern(topic, batches(...) | inLanes(...))` gets a consumer
 * of its own group; `@MessagePattern(topic, batches(...))` declares the waiting side of a
 * request-reply, whose replies every instance must see: its group is unique to the instance,
 * reads from the moment it joins and commits no offsets. Consumers start with the app and stop (finishing the message
 * in hand, committing) when it shuts down, before the publisher disconnects; the transport is
 * the app's Kafka-consumer readiness check: a crashed consumer makes the app not ready.
 */
@Injectable()
export class KafkaTransport extends Server implements CustomTransportStrategy, MessageTransport, ReadinessCheck, OnModuleDestroy {
  readonly name = 'kafka-consumers';
  readonly exceptionFilters = [new HandlerErrorsToTransport()];
  private consumers: (EventConsumer<TopicName> | LaneConsumer<TopicName>)[] = [];
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_INSTANCE_ID) private readonly instanceId: string,
  ) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.stopping ??= Promise.all(this.consumers.map((c) => c.stop())).then(() => undefined);
    await this.stopping;
  }

  // With the other modules' destroy hooks, as consumers always stopped: before Postgres and the publisher close.
  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async check(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.check()));
  }

  on(): never {
    throw new Error('the Kafka transport reports through its readiness check, not events');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }

  private async start(): Promise<void> {
    this.consumers = [...this.getHandlers()].map(([pattern, handler]) => this.consumerOf(pattern, handler));
    await Promise.all(this.consumers.map((c) => c.start()));
    this.connection.options.logger.info(
      { component: 'kafka-transport', consumers: this.consumers.map((c) => c.name) },
      'message handlers consuming',
    );
  }

  private consumerOf(pattern: string, handler: MessageHandler): EventConsumer<TopicName> | LaneConsumer<TopicName> {
    if (!isTopicName(pattern)) throw new Error(`message handler for '${pattern}': not a topic of the contracts`);
    // Nest joins event handlers of one pattern into one; each consumer group needs a handler of its own.
    if (handler.next) throw new Error(`two message handlers for '${pattern}' in one app: declare one handler per topic`);
    const declared = handler.extras as ConsumerDeclaration | Record<string, never> | undefined;
    if (!declared || !('consumption' in declared) || !declared.groupId) {
      throw new Error(`message handler for '${pattern}' declares no consumer group: @EventPattern(topic, batches({ groupId }))`);
    }
    const topic = pattern;
    const group = typeof declared.groupId === 'function' ? declared.groupId(topic) : declared.groupId;
    const replies = !handler.isEventHandler;
    const groupId = replies ? `${group}-${this.instanceId}` : group;
    const context = new KafkaContext([topic, this.connection.topic(topic), this.connection.group(groupId)]);
    const common = {
      groupId,
      topic,
      logger: this.connection.options.logger,
      maxAttempts: declared.maxAttempts,
      retryBackoffMs: declared.retryBackoffMs,
      fromBeginning: declared.fromBeginning ?? !replies,
    };
    if (declared.consumption === 'lanes') {
      return new LaneConsumer(this.connection, this.publisher, {
        ...common,
        laneOf: declared.laneOf,
        dueAt: declared.dueAt,
        maxInFlightPerPartition: declared.maxInFlightPerPartition,
        handle: (event) => this.invoke(handler, event, context),
      });
    }
    return new EventConsumer(this.connection, this.publisher, {
      ...common,
      partitionsConsumedConcurrently: declared.partitionsConsumedConcurrently,
      commitOffsets: !replies,
      handle: (events) => this.invoke(handler, events, context),
    });
  }

  /** Runs a handler through Nest (filters, interceptors) and waits for it; its error reaches the consumer unchanged. */
  private async invoke(handler: MessageHandler, payload: unknown, context: KafkaContext): Promise<void> {
    const result: unknown = await handler(payload, context);
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}
