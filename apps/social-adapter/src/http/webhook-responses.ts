import { Logger } from '@nestjs/common';
import { DomainError } from '@inquiry-router/contracts';
import { ReceiveSocialMessages } from '../receive-social-messages.use-case';
import { ParsedWebhook } from '../social-message';

/** The messages could not be handed on now (Kafka or Redis unreachable): ours and passing, so the platform retries. */
export class WebhookNotHandedOn extends DomainError {
  constructor(cause: unknown) {
    super('unavailable', 'the messages could not be handed on now; retry later', { cause });
  }
}

/**
 * Runs the intake. A refusal of the domain (a malformed inquiry) keeps its kind; anything else
 * is logged and answered as passing (503), so the platform retries the delivery.
 */
export async function receiveOrRetryLater<T>(log: Logger, receive: () => Promise<T>): Promise<T> {
  try {
    return await receive();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    log.error({ reason: error instanceof Error ? error.message : String(error) }, 'could not publish the webhook messages');
    throw new WebhookNotHandedOn(error);
  }
}

/** The answer to a delivery whose messages are all on the bus: how many were taken in, and how many events were not messages to take in. */
export interface DeliveryReceipt {
  received: number;
  ignored: number;
}

/** Takes in the messages of a delivery (as receiveOrRetryLater says) and answers with the receipt. */
export async function receiveDelivery(log: Logger, receive: ReceiveSocialMessages, parsed: ParsedWebhook): Promise<DeliveryReceipt> {
  const { inquiries } = await receiveOrRetryLater(log, () => receive.execute(parsed.messages));
  return { received: inquiries.length, ignored: parsed.ignored };
}
