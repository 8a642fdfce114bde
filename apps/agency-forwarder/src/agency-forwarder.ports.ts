import type { OutboxMessage } from '@inquiry-router/messaging';
import type { AgencyDeliveryState, AgencyEndpointForDelivery } from '@inquiry-router/persistence';

/**
 * The ledger of deliveries to agencies. Each change applies only to the state the caller saw
 * (false when the delivery moved on) and writes its events to the outbox in the same transaction.
 */
export abstract class DeliveryLedger {
  /** The delivery, recorded as pending the first time; `restartFailed`: a failed one starts over. */
  abstract open(item: { inquiryId: string; agency: string; forwardedAt: string }, restartFailed?: boolean): Promise<AgencyDeliveryState>;
  abstract markDelivered(
    d: AgencyDeliveryState,
    outcome: { status: 'delivered' | 'available'; via: string[]; attempts: number; attemptAt: Date },
    events: readonly OutboxMessage[],
  ): Promise<boolean>;
  abstract recordFailedAttempt(
    d: AgencyDeliveryState,
    failure: { doneChannels: string[]; error: string; attemptAt: Date; nextAttemptAt: Date },
    events: readonly OutboxMessage[],
  ): Promise<boolean>;
  abstract markFailed(
    d: AgencyDeliveryState,
    failure: { doneChannels: string[]; error: string; attemptAt: Date },
    events: readonly OutboxMessage[],
  ): Promise<boolean>;
}

/** Each agency's delivery settings, with the webhook's signing secret. */
export abstract class DeliveryEndpoints {
  abstract forDelivery(agency: string): Promise<AgencyEndpointForDelivery | null>;
}
