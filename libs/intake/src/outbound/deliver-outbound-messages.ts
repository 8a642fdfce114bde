import { Logger } from '@nestjs/common';
import { Channel, NamedError, OutboundMessage, routerCatchUpBy, type OutboundHistoryEvent } from '@inquiry-router/contracts';
import { BatchConsumption, batches, NonRetriableError, WaitingForAnotherApp } from '@inquiry-router/messaging';
import type { OutboundRecipient } from '@inquiry-router/persistence';
import type { OnceGuard } from '../once-guard';

/** One channel's way of getting a message to an inquirer (relay, platform API, callback list). */
export interface OutboundChannel {
  readonly channel: Channel;
  /** What the inquiry's history records once it is done. */
  readonly historyEvent: Exclude<OutboundHistoryEvent, 'message-undeliverable'>;
  /** Resolves once the message is handed over; throws PermanentSendFailure when trying again cannot help. */
  deliver(message: OutboundMessage, recipient: OutboundRecipient): Promise<void>;
}

/** The inquiries' recipients and the record in their history of what was sent (Postgres); each adapter binds it. */
export abstract class OutboundMessageStore {
  abstract recipientOf(inquiryId: string): Promise<OutboundRecipient | null>;
  /** Records what became of `message` (with `extra` details); false when it was recorded before. */
  abstract record(message: OutboundMessage, event: OutboundHistoryEvent, extra?: Record<string, unknown>): Promise<boolean>;
}

/** The message cannot be delivered as it is (refused by the provider for good, no relay configured): dead-letter it with this cause. */
export class PermanentSendFailure extends NamedError {}

/**
 * The inquirer cannot be reached on this channel at all (a withheld number, no email address, no
 * platform id): nothing to fix and nothing to replay, so not a dead letter. The inquiry's history
 * says the message was not delivered and why, where the adviser following it up sees it.
 */
export class UnreachableRecipient extends NamedError {}

/** Longer than one delivery may take, so a lease is never released under a running send. */
const LeaseSeconds = 120;

/**
 * What every channel adapter does with `outbound.message.v1`: takes the messages for its channel,
 * finds the recipient from the inquiry in Postgres, delivers each message once by its messageId
 * (OnceGuard: a redelivery or a second instance does not send it again), and records it in the
 * inquiry's history. A failure throws, so the consumer retries; a permanent one is dead-lettered
 * with its cause at once.
 */
export class DeliverOutboundMessages {
  private readonly log = new Logger(DeliverOutboundMessages.name);

  constructor(
    private readonly repository: OutboundMessageStore,
    /** Null when delivering is itself idempotent (the history record is the delivery). */
    private readonly guard: OnceGuard | null,
    private readonly channel: OutboundChannel,
  ) {}

  async execute(messages: OutboundMessage[]): Promise<void> {
    for (const message of messages) {
      if (message.channel !== this.channel.channel) continue;
      await this.deliverOne(message);
    }
  }

  private async deliverOne(message: OutboundMessage): Promise<void> {
    const recipient = await this.repository.recipientOf(message.inquiryId);
    // Retried: a notice published right at intake can arrive before the router has recorded its inquiry.
    if (!recipient)
      throw new WaitingForAnotherApp(`inquiry ${message.inquiryId} is not recorded (yet)`, routerCatchUpBy(message.createdAt));
    try {
      if (this.guard) {
        const key = `outbound:${message.messageId}`;
        const outcome = await this.guard.runOnce(key, LeaseSeconds, () => this.channel.deliver(message, recipient));
        // Another instance took it (a rebalance handed the partition over mid-send): retried until it
        // has sent it, or until its lease runs out (it died mid-send) and this one may send it.
        if (outcome === 'in-flight') {
          const doneBy = Date.now() + (await this.guard.leaseEndsIn(key));
          throw new WaitingForAnotherApp(`message ${message.messageId} is being delivered by another instance`, doneBy);
        }
      } else {
        await this.channel.deliver(message, recipient);
      }
    } catch (error) {
      if (error instanceof UnreachableRecipient) return this.recordUndeliverable(message, error.message);
      if (error instanceof PermanentSendFailure)
        throw new NonRetriableError(`message ${message.messageId} for ${message.inquiryId}: ${error.message}`);
      throw error;
    }
    const recorded = await this.repository.record(message, this.channel.historyEvent);
    if (recorded)
      this.log.log(
        { inquiryId: message.inquiryId, messageId: message.messageId, purpose: message.purpose, channel: message.channel },
        this.channel.historyEvent,
      );
  }

  private async recordUndeliverable(message: OutboundMessage, reason: string): Promise<void> {
    if (await this.repository.record(message, 'message-undeliverable', { reason }))
      this.log.log(
        { inquiryId: message.inquiryId, messageId: message.messageId, purpose: message.purpose, channel: message.channel, reason },
        'message-undeliverable',
      );
  }
}

/**
 * How an adapter consumes `outbound.message.v1`: in its own group, so every adapter sees every
 * message and takes its channel's. Retries wait 0.5 s, 1 s, 2 s … up to 10 s, about a minute in
 * all, before a message is dead-lettered with its cause.
 */
export function outboundMessageConsumption(groupId: string): BatchConsumption {
  return batches({ groupId, maxAttempts: 10, retryBackoffMs: 500 });
}
