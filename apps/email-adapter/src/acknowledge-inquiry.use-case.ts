import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Transporter } from 'nodemailer';
import { inquiryMessageId, type Inquiry } from '@inquiry-router/contracts';
import { inquiryLanguage } from '@inquiry-router/classification';
import { OnceGuard } from '@inquiry-router/intake';
import { REDIS } from '@inquiry-router/live-queues';
import { withTimeout } from '@inquiry-router/runtime';
import { SupportCalendar } from '@inquiry-router/support-calendar';
import { EmailAdapterEnv } from './email-adapter.env';
import { acknowledgementText } from './acknowledgement-text';
import { relayTransport } from './outbound/relay-transport';

/** Waits between attempts; the last one is reused if more attempts are configured. */
const RetryDelaysMs = [1_000, 5_000, 15_000, 30_000];
/** Longer than one relay conversation may take, so a lease is never released under a running send. */
const AckLeaseSeconds = 120;

/**
 * Sends the sender one receipt per inquiry, through the outbound relay. Runs after the inquiry is
 * on the bus and never holds the SMTP session: a relay that is down delays or loses a receipt,
 * never an inquiry. OnceGuard (Redis) keeps a redelivered message from getting a second receipt.
 */
@Injectable()
export class AcknowledgeInquiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(AcknowledgeInquiry.name);
  private readonly guard: OnceGuard;
  private readonly transport: Transporter | null;
  private readonly pending = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly env: EmailAdapterEnv,
    @Inject(REDIS) redis: Redis,
    private readonly calendar: SupportCalendar,
  ) {
    this.guard = new OnceGuard(redis, env.REDIS_KEY_PREFIX);
    this.transport = relayTransport(env);
  }

  onApplicationBootstrap(): void {
    if (!this.transport) this.log.warn('SMTP_RELAY_URL is not set: acknowledgements to senders are disabled');
  }

  /** Starts sending the receipt in the background (at most one at a time per inquiry in this process). */
  later(inquiry: Inquiry, originalMessageId: string | null): void {
    if (!this.transport || this.stopping || this.pending.has(inquiry.id)) return;
    const work = this.send(inquiry, originalMessageId).finally(() => this.pending.delete(inquiry.id));
    this.pending.set(inquiry.id, work);
  }

  private async send(inquiry: Inquiry, originalMessageId: string | null): Promise<void> {
    const key = `email-ack:${inquiry.id}`;
    const attempts = this.env.EMAIL_ACK_ATTEMPTS;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        // The due time the router records too (counted in opening time from when it was received).
        const due = this.calendar.dueTimes(new Date(inquiry.receivedAt), null, inquiry.channel);
        const { subject, text } = acknowledgementText(
          inquiry.id,
          inquiryLanguage(inquiry),
          due && { by: due.dueAt, target: due.serviceLevel, zone: this.calendar.calendar().zone },
        );
        // Once across instances: a redelivery reaching another instance mid-send finds the lease held.
        const outcome = await this.guard.runOnce(key, AckLeaseSeconds, async () => {
          await this.transport!.sendMail({
            from: this.env.SUPPORT_REPLY_FROM,
            to: inquiry.from.email,
            subject,
            text,
            messageId: inquiryMessageId(inquiry.id),
            inReplyTo: originalMessageId ?? undefined,
            references: originalMessageId ?? undefined,
            headers: {
              // RFC 3834: marks the receipt as automatic, so well-behaved responders do not answer it.
              'Auto-Submitted': 'auto-replied',
              'X-Auto-Response-Suppress': 'All',
            },
          });
        });
        if (outcome === 'done') this.log.log({ inquiryId: inquiry.id, attempt }, 'acknowledgement sent');
        return;
      } catch (error) {
        const last = attempt === attempts || this.stopping;
        this.log.warn(
          { inquiryId: inquiry.id, attempt, reason: (error as Error).message },
          last ? 'acknowledgement not sent; giving up' : 'acknowledgement not sent; will retry',
        );
        if (last) return;
        await new Promise((r) => setTimeout(r, RetryDelaysMs[Math.min(attempt - 1, RetryDelaysMs.length - 1)]));
      }
    }
  }

  // Receipts in flight get a short while to go out; Redis and the relay close after.
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await withTimeout(Promise.allSettled(this.pending.values()), 5_000, 'acknowledgements').catch(() => undefined);
    this.transport?.close();
  }
}
