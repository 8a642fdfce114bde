import { Message, Partitioners, Producer } from 'kafkajs';
import { PayloadOf, TopicName } from '@inquiry-router/contracts';
import { KafkaConnection } from './kafka-connection';
import type { ReadinessCheck } from '@inquiry-router/runtime';

/** Well under the broker's default 1 MB limit, leaving room for headers and protocol overhead. */
const MaxRequestBytes = 512 * 1024;

export interface OutgoingEvent<T extends TopicName> {
  key: string;
  value: PayloadOf<T>;
  headers?: Record<string, string>;
}

/**
 * Idempotent producer with acks from all in-sync replicas. `publish` resolves only once the broker
 * has acknowledged every message, so callers may acknowledge their own input after it.
 */
export class EventPublisher implements ReadinessCheck {
  readonly name = 'kafka-producer';
  private readonly producer: Producer;
  private connected = false;

  constructor(private readonly connection: KafkaConnection) {
    this.producer = connection.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Murmur2, as the Java client: keys land on the same partitions whichever client produced them.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.producer.on(this.producer.events.DISCONNECT, () => (this.connected = false));
    this.producer.on(this.producer.events.CONNECT, () => (this.connected = true));
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  /**
   * Sends the events in as few requests as the broker accepts (awaiting sends one by one is
   * slow; one request over the broker's message.max.bytes, 1 MB by default, is refused whole).
   */
  async publish<T extends TopicName>(topic: T, events: OutgoingEvent<T>[]): Promise<void> {
    const resolved = this.connection.topic(topic);
    let chunk: Message[] = [];
    let bytes = 0;
    for (const e of events) {
      const value = JSON.stringify(e.value);
      if (chunk.length > 0 && bytes + value.length > MaxRequestBytes) {
        await this.producer.send({ topic: resolved, acks: -1, messages: chunk });
        chunk = [];
        bytes = 0;
      }
      chunk.push({ key: e.key, value, headers: e.headers });
      bytes += value.length + e.key.length;
    }
    if (chunk.length > 0) await this.producer.send({ topic: resolved, acks: -1, messages: chunk });
  }

  /** For the dead-letter path and tooling: raw bytes to an already-resolved topic name. */
  async publishRaw(resolvedTopic: string, messages: { key: Buffer | string | null; value: Buffer | string | null; headers: Record<string, string | Buffer> }[]): Promise<void> {
    await this.producer.send({ topic: resolvedTopic, acks: -1, messages });
  }

  async check(): Promise<void> {
    if (!this.connected) throw new Error('producer is not connected to Kafka');
  }
}
