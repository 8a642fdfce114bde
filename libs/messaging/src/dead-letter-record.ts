import type { KafkaMessage } from 'kafkajs';
import { ContractViolation, DeadLetterHeaders, TopicName } from '@inquiry-router/contracts';
import type { KafkaConnection } from './kafka-connection';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Why a message failed, for the dead-letter header and the log. */
export function describeFailure(error: unknown): string {
  if (error instanceof ContractViolation) return `invalid message: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
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
      [DeadLetterHeaders.Reason]: failure.reason.slice(0, 2000),
      [DeadLetterHeaders.SourceTopic]: connection.topic(source.topic),
      [DeadLetterHeaders.SourcePartition]: String(source.partition),
      [DeadLetterHeaders.SourceOffset]: message.offset,
      [DeadLetterHeaders.ConsumerGroup]: connection.group(source.groupId),
      [DeadLetterHeaders.Attempts]: String(failure.attempts),
      [DeadLetterHeaders.FailedAt]: failure.failedAt,
    },
  };
}
