import { Injectable, Logger } from '@nestjs/common';
import { Topics, type Language, type NoticeChanged } from '@inquiry-router/contracts';
import { deadLetterHeaders, KafkaConnection, OutboxMessage } from '@inquiry-router/messaging';
import { inLanguage, unsubscribeToken } from '@inquiry-router/notices';
import type { DueNoticeDelivery } from '@inquiry-router/persistence';
import { inProduction, maskText } from '@inquiry-router/runtime';
import { DeliveryAttemptFailed, nextStep, RetrySchedule, sendWebhook } from '@inquiry-router/outbound-delivery';
import { NoticeDispatcherEnv } from './notice-dispatcher.env';
import { NoticeDeliveryLedger } from './notice-dispatcher.ports';
import { noticeMail } from './notice-mail';
import { NoticeMailSender } from './notice-mail-sender';
import { entryEndedAt, noticeWebhookPayload } from './notice-payload';

/**
 * Sends the deliveries that are due: each taken by one instance only (leased), sent — a webhook
 * signed with the subscription's secret and `webhook-id` = the delivery id, the same on every
 * retry; or a mail in the subscriber's language with its unsubscribe link — and marked delivered.
 * A failure is recorded with when to try again by the retry schedule; once the schedule is used up
 * the delivery has failed for good (operators see it, and may retry it) and the entry goes to
 * `notice.changed.v1.dlt` with the dead-letter headers, its reason naming the subscription.
 */
@Injectable()
export class SendDueNoticeDeliveries {
  private readonly log = new Logger(SendDueNoticeDeliveries.name);
  private readonly schedule: RetrySchedule;
  private readonly mail: NoticeMailSender;
  /** Longer than any attempt may take (SMTP has three steps of the timeout), so a lease never runs out mid-attempt. */
  private readonly leaseMs: number;

  constructor(
    private readonly deliveries: NoticeDeliveryLedger,
    private readonly connection: KafkaConnection,
    private readonly env: NoticeDispatcherEnv,
  ) {
    this.schedule = { delaysMs: env.retryDelaysMs, maxAgeMs: env.NOTICE_DELIVERY_MAX_AGE_SECONDS * 1000 };
    this.mail = new NoticeMailSender(env.SMTP_RELAY_URL, env.NOTICE_MAIL_FROM, env.NOTICE_WEBHOOK_TIMEOUT_MS);
    this.leaseMs = env.NOTICE_WEBHOOK_TIMEOUT_MS * 4 + 5000;
  }

  /** One run: takes a batch of due deliveries and tries them side by side; returns how many it took. */
  async execute(): Promise<number> {
    const due = await this.deliveries.takeDue(this.env.NOTICE_SEND_BATCH, this.leaseMs);
    await Promise.all(due.map((d) => this.attempt(d)));
    return due.length;
  }

  private async attempt(d: DueNoticeDelivery): Promise<void> {
    const { subscription, entry } = d;
    const where = subscription.channel === 'email' ? maskText(subscription.email ?? '') : `subscription ${subscription.id}`;
    try {
      await this.send(d);
    } catch (error) {
      await this.failed(d, error instanceof DeliveryAttemptFailed ? error.message : `unexpected: ${(error as Error).message}`);
      return;
    }
    await this.deliveries.markDelivered(d);
    this.log.log(`${entry.noticeId} entry ${entry.sequence} delivered by ${subscription.channel} to ${where} (attempt ${d.attempts + 1})`);
  }

  private async send(d: DueNoticeDelivery): Promise<void> {
    const { subscription, entry } = d;
    const statusPage = `${this.env.statusPublicUrl}/status`;
    if (subscription.channel === 'webhook') {
      if (!subscription.webhookUrl || !subscription.webhookSecret) throw new DeliveryAttemptFailed('webhook: no URL or secret stored');
      await sendWebhook(
        { url: subscription.webhookUrl, secret: subscription.webhookSecret },
        { id: d.id, body: JSON.stringify(noticeWebhookPayload(entry, statusPage)), at: new Date() },
        { timeoutMs: this.env.NOTICE_WEBHOOK_TIMEOUT_MS, publicOnly: inProduction(this.env) },
      );
      return;
    }
    if (!subscription.email) throw new DeliveryAttemptFailed('mail: no address stored');
    const language: Language = subscription.language;
    const unsubscribeUrl = `${this.env.statusPublicUrl}/status/subscriptions/unsubscribe?token=${unsubscribeToken(this.env.noticeTokenSecret, subscription.id)}`;
    const content = noticeMail(entry, language, { statusPage: inLanguage(statusPage, language), unsubscribe: unsubscribeUrl });
    await this.mail.send(subscription.email, { ...content, deliveryId: d.id, language, unsubscribeUrl });
  }

  private async failed(d: DueNoticeDelivery, reason: string): Promise<void> {
    const { subscription, entry } = d;
    const error = maskText(reason).slice(0, 2000);
    const attempts = d.attempts + 1;
    const step = nextStep(this.schedule, d.attempts, d.firstAttemptAt.getTime(), Date.now());
    const what = `${entry.noticeId} entry ${entry.sequence} to subscription ${subscription.id} (${subscription.channel})`;
    if (step.kind === 'retry') {
      await this.deliveries.recordFailedAttempt(d, error, new Date(step.dueAt));
      this.log.warn(`delivery of ${what} failed (attempt ${attempts}: ${error}); next at ${new Date(step.dueAt).toISOString()}`);
      return;
    }
    await this.deliveries.markFailed(d, error, [
      this.deadLetter(d, attempts, `notice delivery to subscription ${subscription.id} failed after ${attempts} attempts: ${error}`),
    ]);
    this.log.error(`delivery of ${what} failed for good after ${attempts} attempts (${error}); dead-lettered`);
  }

  /** The entry as its event, on `notice.changed.v1.dlt` with the dead-letter headers every consumer writes. */
  private deadLetter(d: DueNoticeDelivery, attempts: number, reason: string): OutboxMessage {
    const { entry } = d;
    const event: NoticeChanged = {
      noticeId: entry.noticeId,
      sequence: entry.sequence,
      kind: entry.kind,
      status: entry.status,
      severity: entry.severity,
      title: entry.title,
      description: entry.description,
      message: entry.message,
      components: entry.components,
      environments: entry.environments,
      audiences: entry.audiences,
      startsAt: entry.startsAt.toISOString(),
      expectedEndAt: entry.expectedEndAt?.toISOString() ?? null,
      endedAt: entryEndedAt(entry)?.toISOString() ?? null,
      changedBy: entry.changedBy,
      changedAt: entry.changedAt.toISOString(),
    };
    return {
      topic: this.connection.deadLetterTopic(Topics.NoticeChanged),
      key: entry.noticeId,
      payload: event,
      headers: {
        ...deadLetterHeaders({
          reason,
          topic: this.connection.topic(Topics.NoticeChanged),
          group: this.connection.group('notice-dispatcher'),
          // Sent from the delivery ledger, not from a consumed record: no partition or offset to name.
          partition: -1,
          offset: '-1',
          attempts,
          failedAt: new Date().toISOString(),
        }),
        'x-notice-delivery-id': d.id,
        'x-notice-subscription-id': d.subscription.id,
      },
    };
  }
}
