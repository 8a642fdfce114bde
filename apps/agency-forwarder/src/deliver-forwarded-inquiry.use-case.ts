import { Injectable, Logger } from '@nestjs/common';
import {
  AgencyDeliveryChannel,
  DeliveryRetryHeaders,
  InquiryForwarded,
  InquiryForwardedRetryTopics,
  Language,
  OutboundMessage,
  Topics,
} from '@inquiry-router/contracts';
import { inquiryLanguage } from '@inquiry-router/classification';
import { messageIdFor } from '@inquiry-router/inquiry';
import { deadLetterHeaders, KafkaConnection, Outbox, OutboxMessage } from '@inquiry-router/messaging';
import type { AgencyDeliveryState, AgencyEndpointForDelivery } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { inProduction, maskText } from '@inquiry-router/runtime';
import { nextStep, RetrySchedule, sendWebhook } from '@inquiry-router/outbound-delivery';
import { AgencyForwarderEnv } from './agency-forwarder.env';
import { DeliveryEndpoints, DeliveryLedger } from './agency-forwarder.ports';
import { agencyDeliveryPayload } from './agency-delivery.payload';
import { forwardedNotice } from './forwarded-notice';
import { MailboxSender } from './mailbox-sender';

/** Where the message being handled came from: the forwarded topic (tier 0) or a retry topic. */
export interface DeliverySource {
  tier: number;
  /** Attempts made before this retry was scheduled (from its header); null on the forwarded topic. */
  attemptsBefore: number | null;
  /** Put back from the dead-letter topic by the replay tool: a failed delivery starts over. */
  replayed: boolean;
  topic: string;
  group: string;
  partition: number;
  offset: string;
}

function channelsOf(endpoint: AgencyEndpointForDelivery | null): AgencyDeliveryChannel[] {
  if (!endpoint?.enabled) return [];
  const channels: AgencyDeliveryChannel[] = [];
  if (endpoint.webhookUrl && endpoint.webhookSecret) channels.push('webhook');
  if (endpoint.mailbox) channels.push('mailbox');
  return channels;
}

/**
 * Delivers a forwarded inquiry to its agency: a signed webhook call and/or a mail to its support
 * mailbox, whichever the agency has set up (an agency with neither reads it through the agency
 * API). Delivered: `agency.delivery.v1`, and the inquirer is told, in their language, that the
 * question went to that agency and why. Failed: the next retry topic with its due time, or, once
 * the schedule is used up, the dead-letter topic and `agency.delivery.failed.v1` for supervisors.
 * Each outcome's events go to the outbox in the transaction that records it in the ledger: a
 * repeat that finds the delivery moved on records nothing and sends nothing.
 */
@Injectable()
export class DeliverForwardedInquiry {
  private readonly log = new Logger(DeliverForwardedInquiry.name);
  private readonly schedule: RetrySchedule;
  private readonly mail: MailboxSender;

  constructor(
    private readonly deliveries: DeliveryLedger,
    private readonly endpoints: DeliveryEndpoints,
    private readonly policy: RoutingPolicySource,
    private readonly outbox: Outbox,
    private readonly connection: KafkaConnection,
    private readonly env: AgencyForwarderEnv,
  ) {
    this.schedule = { delaysMs: env.retryDelaysMs, maxAgeMs: env.AGENCY_DELIVERY_MAX_AGE_SECONDS * 1000 };
    this.mail = new MailboxSender(env.SMTP_RELAY_URL, env.AGENCY_MAIL_FROM, env.AGENCY_WEBHOOK_TIMEOUT_MS);
  }

  async execute(forwarded: InquiryForwarded, source: DeliverySource): Promise<void> {
    const { inquiry, agency } = forwarded;
    const delivery = await this.deliveries.open({ inquiryId: inquiry.id, agency, forwardedAt: forwarded.forwardedAt }, source.replayed);
    if (delivery.status !== 'pending') return; // delivered, available or failed before: a repeat
    // A copy overtaken by a later attempt (a redelivery): that attempt's own message carries on.
    if (delivery.attempts !== (source.tier === 0 ? 0 : source.attemptsBefore)) return;

    const endpoint = await this.endpoints.forDelivery(agency);
    const channels = channelsOf(endpoint);
    const language = inquiryLanguage(inquiry);
    const now = new Date();
    if (channels.length === 0) {
      const events = this.announcement(forwarded, delivery, [], delivery.attempts, language, now);
      await this.deliveries.markDelivered(delivery, { status: 'available', via: [], attempts: delivery.attempts, attemptAt: now }, events);
      this.log.log(`inquiry ${inquiry.id} is available to ${agency} through the agency API (no webhook or mailbox set up)`);
      return;
    }

    const payload = agencyDeliveryPayload(delivery.deliveryId, forwarded, language, now);
    const agencyName = this.agencyName(agency);
    const todo = channels.filter((c) => !delivery.doneChannels.includes(c));
    const outcomes = await Promise.allSettled(
      todo.map((channel) =>
        channel === 'webhook'
          ? sendWebhook(
              { url: endpoint!.webhookUrl!, secret: endpoint!.webhookSecret! },
              { id: delivery.deliveryId, body: JSON.stringify(payload), at: now },
              { timeoutMs: this.env.AGENCY_WEBHOOK_TIMEOUT_MS, publicOnly: inProduction(this.env) },
            )
          : this.mail.send(endpoint!.mailbox!, payload, agencyName),
      ),
    );
    const done = [
      ...channels.filter((c) => delivery.doneChannels.includes(c)),
      ...todo.filter((_, i) => outcomes[i].status === 'fulfilled'),
    ];
    const errors = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [maskText(o.reason instanceof Error ? o.reason.message : String(o.reason))] : [],
    );
    const attempts = delivery.attempts + 1;

    if (errors.length === 0) {
      const events = this.announcement(forwarded, delivery, channels, attempts, language, now);
      await this.deliveries.markDelivered(delivery, { status: 'delivered', via: channels, attempts, attemptAt: now }, events);
      this.log.log(`inquiry ${inquiry.id} delivered to ${agency} by ${channels.join(' and ')} (attempt ${attempts})`);
      return;
    }

    const error = errors.join('; ').slice(0, 2000);
    const step = nextStep(this.schedule, source.tier, delivery.firstAttemptAt?.getTime() ?? now.getTime(), Date.now());
    if (step.kind === 'retry') {
      const retry = this.outbox.messages(InquiryForwardedRetryTopics[step.tier - 1], [
        {
          key: agency,
          value: forwarded,
          headers: { [DeliveryRetryHeaders.DueAt]: String(step.dueAt), [DeliveryRetryHeaders.Attempts]: String(attempts) },
        },
      ]);
      await this.deliveries.recordFailedAttempt(
        delivery,
        { doneChannels: done, error, attemptAt: now, nextAttemptAt: new Date(step.dueAt) },
        retry,
      );
      this.log.warn(
        `delivery of ${inquiry.id} to ${agency} failed (attempt ${attempts}: ${error}); retry ${step.tier} at ${new Date(step.dueAt).toISOString()}`,
      );
      return;
    }

    const failed = this.outbox.messages(Topics.AgencyDeliveryFailed, [
      {
        key: inquiry.id,
        value: {
          deliveryId: delivery.deliveryId,
          inquiryId: inquiry.id,
          agency,
          attempts,
          lastError: error,
          firstAttemptAt: (delivery.firstAttemptAt ?? now).toISOString(),
          failedAt: new Date().toISOString(),
        },
      },
    ]);
    await this.deliveries.markFailed(delivery, { doneChannels: done, error, attemptAt: now }, [
      this.deadLetter(forwarded, source, attempts, error),
      ...failed,
    ]);
    this.log.error(
      `delivery of ${inquiry.id} to ${agency} failed for good after ${attempts} attempts (${error}); dead-lettered, supervisors alerted`,
    );
  }

  /** The delivered event, and the notice to the inquirer (same message id on every repeat). */
  private announcement(
    forwarded: InquiryForwarded,
    delivery: AgencyDeliveryState,
    via: AgencyDeliveryChannel[],
    attempts: number,
    language: Language,
    at: Date,
  ): OutboxMessage[] {
    const { inquiry, agency } = forwarded;
    const notice = forwardedNotice(language, this.agencyName(agency), inquiry.id);
    const message: OutboundMessage = {
      messageId: messageIdFor(`forwarded-notice:${delivery.deliveryId}`),
      inquiryId: inquiry.id,
      channel: inquiry.channel,
      purpose: 'forwarded-notice',
      language,
      subject: notice.subject,
      body: notice.body,
      sentBy: 'agency-forwarder',
      createdAt: at.toISOString(),
    };
    return [
      ...this.outbox.messages(Topics.AgencyDelivered, [
        {
          key: inquiry.id,
          value: { deliveryId: delivery.deliveryId, inquiryId: inquiry.id, agency, via, attempts, deliveredAt: at.toISOString() },
        },
      ]),
      ...this.outbox.messages(Topics.OutboundMessage, [{ key: inquiry.id, value: message }]),
    ];
  }

  /** The forwarded message on `inquiry.forwarded.v1.dlt`, with the dead-letter headers every consumer writes. */
  private deadLetter(forwarded: InquiryForwarded, source: DeliverySource, attempts: number, error: string): OutboxMessage {
    return {
      topic: this.connection.deadLetterTopic(Topics.InquiryForwarded),
      key: forwarded.agency,
      payload: forwarded,
      headers: deadLetterHeaders({
        reason: `agency delivery failed after ${attempts} attempts: ${error}`,
        topic: source.topic,
        group: source.group,
        partition: source.partition,
        offset: source.offset,
        attempts,
        failedAt: new Date().toISOString(),
      }),
    };
  }

  /** The agency's name in the policy in force, for the notice and the mail. */
  private agencyName(code: string): string {
    return this.policy.agencyName(code) ?? code.toUpperCase();
  }
}
