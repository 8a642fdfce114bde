import { Injectable } from '@nestjs/common';
import type { TopicName } from '@inquiry-router/contracts';
import type { OutgoingEvent } from '../event-publisher';
import { KafkaConnection } from '../kafka-connection';
import { OutboxMessage, outboxMessages } from './outbox-message';
import { OutboxRelay } from './outbox-relay';

/**
 * How a writer hands events to Kafka: it turns them into outbox messages here and adds them to the
 * outbox in the transaction of its change (through its repository); the relay publishes them once
 * that committed. A rolled-back change publishes nothing.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly connection: KafkaConnection,
    private readonly relay: OutboxRelay,
  ) {}

  /** The events as outbox messages. The relay is asked to look shortly after, when the change has likely committed. */
  messages<T extends TopicName>(topic: T, events: OutgoingEvent<T>[]): OutboxMessage[] {
    if (events.length > 0) this.relay.kick();
    return outboxMessages(this.connection, topic, events);
  }
}
