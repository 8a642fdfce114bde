import type { TopicName } from '@inquiry-router/contracts';
import type { KafkaConnection } from '../kafka-connection';
import type { OutgoingEvent } from '../event-publisher';

/**
 * An event written to the outbox in the transaction of the change it reports. The topic is the
 * full name on the broker (the deployment's topic prefix applied when it was written), so a
 * relay publishes it as it stands.
 */
export interface OutboxMessage {
  topic: string;
  key: string;
  payload: unknown;
  headers?: Record<string, string>;
}

/** Typed events of one topic as outbox messages, the topic named as this app's connection names it. */
export function outboxMessages<T extends TopicName>(connection: KafkaConnection, topic: T, events: OutgoingEvent<T>[]): OutboxMessage[] {
  const resolved = connection.topic(topic);
  return events.map((e) => ({ topic: resolved, key: e.key, payload: e.value, ...(e.headers && { headers: e.headers }) }));
}
