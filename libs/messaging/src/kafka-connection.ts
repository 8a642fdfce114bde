import { Kafka, logLevel, LogEntry } from 'kafkajs';
import type { Logger } from 'pino';
import { deadLetterTopicOf, TopicName } from '@inquiry-router/contracts';
import type { CommonEnv } from '@inquiry-router/runtime';
import { KafkaSecurity, kafkaSettingsOf } from './kafka-env';
import { kafkajsLogLevel } from './kafkajs-log';

export interface KafkaConnectionOptions {
  clientId: string;
  brokers: string[];
  /** Prepended to every topic and consumer group: isolates tests and environments on one cluster. */
  topicPrefix: string;
  /** TLS and SASL; none for the local broker. */
  security?: KafkaSecurity;
  logger: Logger;
}

/**
 * The one place a kafkajs client is built. kafkajs has had no release since 2023; keeping every
 * use of it inside this library means the client can be replaced here alone.
 */
export class KafkaConnection {
  readonly kafka: Kafka;

  /** A connection with the brokers, topic prefix, TLS and SASL of the shared env. */
  static fromEnv(clientId: string, env: CommonEnv, logger: Logger): KafkaConnection {
    return new KafkaConnection({ clientId, ...kafkaSettingsOf(env), logger });
  }

  constructor(readonly options: KafkaConnectionOptions) {
    const log = options.logger.child({ component: 'kafka' });
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ssl: options.security?.ssl,
      sasl: options.security?.sasl,
      connectionTimeout: 3000,
      requestTimeout: 30000,
      retry: { initialRetryTime: 300, retries: 10, maxRetryTime: 10000 },
      logLevel: logLevel.WARN,
      logCreator: () => (entry: LogEntry) => {
        const { message, ...extra } = entry.log;
        log[kafkajsLogLevel(entry)]({ namespace: entry.namespace, ...extra }, message);
      },
    });
  }

  topic(name: TopicName): string {
    return `${this.options.topicPrefix}${name}`;
  }

  deadLetterTopic(name: TopicName): string {
    return `${this.options.topicPrefix}${deadLetterTopicOf(name)}`;
  }

  group(groupId: string): string {
    return `${this.options.topicPrefix}${groupId}`;
  }
}
