import type { KafkaMessage } from 'kafkajs';
import { ContractViolation, DeadLetterHeaders, EventClasses, parseContract, PayloadOf, TopicName } from '@inquiry-router/contracts';
import type { KafkaConnection } from './kafka-connection';

/** What every consumer shares about one message: reading it against its contract, and dead-lettering it. */

export interface ConsumedEvent<T> {
  key: string | null;
  value: T;
  partition: number;
  offset: string;
  headers: Record<string, string>;
}

/** A message read and validated against its topic's contract; ContractViolation when it is not one. */
export function parseConsumed<T extends TopicName>(topic: T, message: KafkaMessage, partition: number): ConsumedEvent<PayloadOf<T>> {
  if (!message.value) throw new ContractViolation(['empty message value']);
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString('utf8'));
  } catch {
    throw new ContractViolation(['value is not valid JSON']);
  }
  const value = parseContract(EventClasses[topic] as unknown as new () => PayloadOf<T>, json);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v);
  return { key: message.key?.toString('utf8') ?? null, value, partition, offset: message.offset, headers };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The wait before a handler's next attempt: doubling from `baseMs`, at most 10 s. */
export const retryDelayMs = (baseMs: number, attempt: number): number => Math.min(baseMs * 2 ** Math.min(attempt - 1, 16), 10_000);

/** The log line of a retry while a service the handler needs is unavailable (retried until it answers). */
export const UnavailableRetry = 'a service the handler needs is unavailable; retrying until it answers';

/** Why a message failed, for the dead-letter header and the log. */
export function describeFailure(error: unknown): string {
  if (error instanceof ContractViolation) return `invalid message: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Where a dead letter came from and why: the headers every dead-letter record carries. */
export interface DeadLetterSource {
  reason: string;
  /** The topic and consumer group as on the broker (with the environment's prefix). */
  topic: string;
  group: string;
  partition: number;
  offset: string;
  attempts: number;
  failedAt: string;
}

/** The dead-letter headers, built in this one place for every consumer and for the agency deliveries. */
export function deadLetterHeaders(source: DeadLetterSource): Record<string, string> {
  return {
    [DeadLetterHeaders.Reason]: source.reason.slice(0, 2000),
    [DeadLetterHeaders.SourceTopic]: source.topic,
    [DeadLetterHeaders.SourcePartition]: String(source.partition),
    [DeadLetterHeaders.SourceOffset]: source.offset,
    [DeadLetterHeaders.ConsumerGroup]: source.group,
    [DeadLetterHeaders.Attempts]: String(source.attempts),
    [DeadLetterHeaders.FailedAt]: source.failedAt,
  };
}

/**
 * A failed message as it goes to its topic's dead-letter topic: the original key, value and
 * headers, plus where it came from, why it failed and after how many attempts, so it can be
 * understood and replayed.
 */
export function deadLetterRecord(
  connection: KafkaConnection,
  source: { topic: TopicName; groupId: string; partition: number },
  failure: { message: KafkaMessage; reason: string; attempts: number; failedAt: string },
): { key: Buffer | null; value: Buffer | null; headers: Record<string, string | Buffer> } {
  const { message } = failure;
  return {
    key: message.key,
    value: message.value,
    headers: {
      ...(message.headers as Record<string, string | Buffer>),
      ...deadLetterHeaders({
        reason: failure.reason,
        topic: connection.topic(source.topic),
        group: connection.group(source.groupId),
        partition: source.partition,
        offset: message.offset,
        attempts: failure.attempts,
        failedAt: failure.failedAt,
      }),
    },
  };
}
