import { randomBytes } from 'node:crypto';
import { DynamicModule, Global, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { BackingService, CommonEnv, createLogger, MESSAGE_TRANSPORT } from '@inquiry-router/runtime';
import { KafkaConnection, KafkaConnectionOptions } from './kafka-connection';
import { kafkaSettingsOf } from './kafka-env';
import { EventPublisher } from './event-publisher';
import { KafkaTransport, MESSAGING_INSTANCE_ID } from './kafka-transport';

export type MessagingModuleOptions = Omit<KafkaConnectionOptions, 'logger'> & {
  logLevel: string;
  /** Names this running instance; a random id when unset. */
  instanceId?: string;
};

@Injectable()
class PublisherLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly publisher: EventPublisher) {}

  async onModuleInit(): Promise<void> {
    await this.publisher.connect();
  }

  // After consumers (stopped in onModuleDestroy) have finished, so their last sends go out.
  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect();
  }
}

/**
 * Kafka for a Nest app: the connection and the one publisher, available everywhere, and the
 * transport its message handlers run on (connected by startApp).
 */
@Global()
@Module({})
export class MessagingModule {
  /** Kafka for one app, from the shared env (brokers, topic prefix, TLS and SASL, log level). */
  static forApp(app: string, env: CommonEnv): DynamicModule {
    // CommonEnv's transform turns an unset INSTANCE_ID into the string "undefined".
    const instanceId = env.INSTANCE_ID && env.INSTANCE_ID !== 'undefined' ? env.INSTANCE_ID : undefined;
    return MessagingModule.forRoot({
      clientId: app,
      ...kafkaSettingsOf(env),
      logLevel: env.LOG_LEVEL,
      instanceId,
    });
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
        { provide: MESSAGING_INSTANCE_ID, useValue: options.instanceId ?? randomBytes(6).toString('hex') },
        KafkaTransport,
        { provide: MESSAGE_TRANSPORT, useExisting: KafkaTransport },
      ],
      exports: [KafkaConnection, EventPublisher, KafkaTransport, MESSAGE_TRANSPORT],
    };
  }
}

/** Kafka as an app's backing service (`AppRuntimeModule`): ready once its publisher and its consumers are. */
export function kafkaService(): BackingService {
  return (app, env) => ({ modules: [MessagingModule.forApp(app, env)], readiness: [EventPublisher, KafkaTransport] });
}
