import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { CommonEnv, createLogger } from '@inquiry-router/runtime';
import { KafkaConnection, KafkaConnectionOptions } from './kafka-connection';
import { EventPublisher } from './event-publisher';
import { ConsumerRegistry } from './consumer-registry';

export type MessagingModuleOptions = Omit<KafkaConnectionOptions, 'logger'> & { logLevel: string };

@Injectable()
class PublisherLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(EventPublisher) private readonly publisher: EventPublisher) {}

  async onModuleInit(): Promise<void> {
    await this.publisher.connect();
  }

  // After consumers (stopped in onModuleDestroy) have finished, so their last sends go out.
  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect();
  }
}

/** Kafka for a Nest app: the connection and the one publisher, available everywhere. */
@Global()
@Module({})
export class MessagingModule {
  /** Kafka for one app, from the shared env (brokers, topic prefix, log level). */
  static forApp(app: string, env: CommonEnv): DynamicModule {
    return MessagingModule.forRoot({ clientId: app, brokers: env.kafkaBrokers, topicPrefix: env.KAFKA_TOPIC_PREFIX, logLevel: env.LOG_LEVEL });
  }

  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        {
          provide: KafkaConnection,
          useFactory: () => new KafkaConnection({ ...options, logger: createLogger(options.clientId, options.logLevel) }),
        },
        { provide: EventPublisher, useFactory: (c: KafkaConnection) => new EventPublisher(c), inject: [KafkaConnection] },
        PublisherLifecycle,
        ConsumerRegistry,
      ],
      exports: [KafkaConnection, EventPublisher, ConsumerRegistry],
    };
  }
}
