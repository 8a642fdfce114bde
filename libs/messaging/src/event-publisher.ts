import { Message, Partitioners, Producer } from 'kafkajs';
import { PayloadOf, TopicName } from '@inquiry-router/contracts';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { KafkaConnection } from './kafka-connection';

/** Well under the broker's default 1 MB limit, leaving room for headers and protocol overhead. */
const MaxRequestBytes = 512 * 1024;

interface PendingSend {
  topic: string;
  messages: Message[];
  bytes: number;
  resolve(): void;
  reject(error: unknown): void;
}

function sizeOf(m: Message): number {
  const len = (v: unknown) => (v == null ? 0 : typeof v === 'string' ? Buffer.byteLength(v) : (v as Buffer).length);
  return len(m.value) + len(m.key) + 64;
}

/** Splits one caller's messages into parts that each fit in a request. */
function splitBySize(messages: Message[]): { messages: Message[]; bytes: number }[] {
  const parts: { messages: Message[]; bytes: number }[] = [];
  let current: { messages: Message[]; bytes: number } = { messages: [], bytes: 0 };
  for (const m of messages) {
    const size = sizeOf(m);
    if (current.messages.length > 0 && current.bytes + size > MaxRequestBytes) {
      parts.push(current);
      current = { messages: [], bytes: 0 };
    }
    current.messages.push(m);
    current.bytes += size;
  }
  if (current.messages.length > 0) parts.push(current);
  return parts;
}

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
  private readonly queue: PendingSend[] = [];
  private draining = false;

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
   * Publishes events; resolves once the broker has acknowledged every one of them. Concurrent
   * calls share requests: kafkajs's idempotent producer allows one request in flight, so whatever
   * is published while one is on its way goes out together in the next (as the Java client's
   * batching does). No request exceeds what the broker accepts (message.max.bytes, 1 MB by default).
   */
  publish<T extends TopicName>(topic: T, events: OutgoingEvent<T>[]): Promise<void> {
    return this.enqueue(
      this.connection.topic(topic),
      events.map((e) => ({ key: e.key, value: JSON.stringify(e.value), headers: e.headers })),
    );
  }

  /** For the dead-letter path and tooling: raw bytes to an already-resolved topic name. */
  publishRaw(
    resolvedTopic: string,
    messages: { key: Buffer | string | null; value: Buffer | string | null; headers: Record<string, string | Buffer> }[],
  ): Promise<void> {
    return this.enqueue(resolvedTopic, messages);
  }

  private enqueue(topic: string, messages: Message[]): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    const parts: PendingSend[] = [];
    const done = Promise.all(
      splitBySize(messages).map(
        (part) =>
          new Promise<void>((resolve, reject) => parts.push({ topic, messages: part.messages, bytes: part.bytes, resolve, reject })),
      ),
    ).then(() => undefined);
    this.queue.push(...parts);
    // Drained after the caller's synchronous code: what it publishes at once (e.g. to two topics
    // under Promise.all) shares one request instead of the first going out alone.
    queueMicrotask(() => void this.drain());
    return done;
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch: PendingSend[] = [this.queue.shift()!];
        let bytes = batch[0].bytes;
        while (this.queue.length > 0 && bytes + this.queue[0].bytes <= MaxRequestBytes) {
          bytes += this.queue[0].bytes;
          batch.push(this.queue.shift()!);
        }
        const byTopic = new Map<string, Message[]>();
        for (const p of batch) {
          const list = byTopic.get(p.topic);
          if (list) for (const m of p.messages) list.push(m);
          else byTopic.set(p.topic, [...p.messages]);
        }
        try {
          await this.producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs })) });
          batch.forEach((p) => p.resolve());
        } catch (error) {
          batch.forEach((p) => p.reject(error));
        }
      }
    } finally {
      this.draining = false;
    }
  }

  check(): Promise<void> {
    if (!this.connected) return Promise.reject(new Error('producer is not connected to Kafka'));
    return Promise.resolve();
  }
}
