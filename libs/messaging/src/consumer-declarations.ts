import { BaseRpcContext } from '@nestjs/microservices';
import { PayloadOf, TopicName } from '@inquiry-router/contracts';
import type { ConsumedEvent } from './consumed-message';

/**
 * How a handler's topic is consumed, given as the extras of its `@EventPattern` (or
 * `@MessagePattern`): `batches(...)` hands the handler whole batches, `inLanes(...)` one message
 * at a time per lane.
 */
export type ConsumerDeclaration = BatchConsumption | LaneConsumption;

export interface BatchConsumption {
  consumption: 'batches';
  groupId: string;
  /** Attempts per batch (and then per message) before a message is dead-lettered (default 5). */
  maxAttempts?: number;
  retryBackoffMs?: number;
  partitionsConsumedConcurrently?: number;
  /** Where a new group starts: the whole topic (default for events), or only what arrives from now on. */
  fromBeginning?: boolean;
}

export interface LaneConsumption {
  consumption: 'lanes';
  /** The group, or the group of each topic when one handler declares several. */
  groupId: string | ((topic: TopicName) => string);
  laneOf: (event: ConsumedEvent<unknown>) => string;
  /** When a message may be handled (epoch ms); a partition waits, paused, until its next message is due. */
  dueAt?: (event: ConsumedEvent<unknown>) => number;
  maxAttempts?: number;
  retryBackoffMs?: number;
  maxInFlightPerPartition?: number;
  fromBeginning?: boolean;
}

/**
 * A handler receiving whole batches of valid events (`ConsumedEvent[]`): a failing batch is
 * retried, then retried message by message, and what still fails is dead-lettered; offsets are
 * committed after the handler's work.
 *
 *     @EventPattern(Topics.InquiryClassified, batches({ groupId: 'router' }))
 *     route(@Payload() events: ConsumedEvent<InquiryClassified>[]) { ... }
 */
export function batches(options: Omit<BatchConsumption, 'consumption'>): BatchConsumption {
  return { consumption: 'batches', ...options };
}

/**
 * A handler receiving one valid event at a time per lane (e.g. per agency): a slow lane delays
 * only its own messages. See LaneConsumer.
 */
export function inLanes<T extends TopicName>(
  options: Omit<LaneConsumption, 'consumption' | 'groupId' | 'laneOf' | 'dueAt'> & {
    groupId: string | ((topic: T) => string);
    laneOf: (event: ConsumedEvent<PayloadOf<T>>) => string;
    dueAt?: (event: ConsumedEvent<PayloadOf<T>>) => number;
  },
): LaneConsumption {
  return { consumption: 'lanes', ...options } as LaneConsumption;
}

/** What a handler learns besides its payload (`@Ctx()`): the topic and group it consumes. */
export class KafkaContext extends BaseRpcContext<[topic: TopicName, brokerTopic: string, brokerGroup: string]> {
  /** The topic as the contracts name it. */
  get topic(): TopicName {
    return this.args[0];
  }

  /** The topic as on the broker (with the environment's prefix). */
  get brokerTopic(): string {
    return this.args[1];
  }

  /** The consumer group as on the broker (with the environment's prefix). */
  get brokerGroup(): string {
    return this.args[2];
  }
}
