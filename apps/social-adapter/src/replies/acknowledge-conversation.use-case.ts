import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { detectLanguage } from '@inquiry-router/classification';
import { OnceGuard } from '@inquiry-router/intake';
import { SupportCalendar } from '@inquiry-router/support-calendar';
import { Clock } from '@inquiry-router/runtime';
import { SocialAdapterEnv } from '../social-adapter.env';
import { Network, Networks, type SocialMessage } from '../social-message';
import { acknowledgementText } from './acknowledgement-text';
import { SendReply } from './send-reply.use-case';

export type AcknowledgementOutcome = 'sent' | 'already-sent' | 'in-flight';

/**
 * Answers the first message of a conversation with its reference number, once: a retried
 * webhook finds the acknowledgement marked sent, and a retry that arrives while the first send
 * is still under way finds it claimed. A send that fails releases the claim, so a later retry
 * of the webhook may try again. On a network whose send API is not configured nothing is tried
 * (no lease, no failed send per message): that is said once, at start.
 */
@Injectable()
export class AcknowledgeConversation implements OnApplicationBootstrap {
  private readonly log = new Logger(AcknowledgeConversation.name);

  constructor(
    private readonly sendReply: SendReply,
    private readonly once: OnceGuard,
    private readonly env: SocialAdapterEnv,
    private readonly calendar: SupportCalendar,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const silent = Networks.filter((network) => !this.sendReply.canSend(network));
    if (silent.length > 0)
      this.log.warn({ networks: silent }, 'no send API configured: conversations on these networks are not acknowledged');
  }

  /** Whether conversations on `network` are acknowledged at all. */
  enabledFor(network: Network): boolean {
    return this.sendReply.canSend(network);
  }

  async execute(message: SocialMessage, inquiryId: string): Promise<AcknowledgementOutcome> {
    const leaseSeconds = Math.ceil(this.env.REPLY_TIMEOUT_MS / 1000) + 30;
    // Received when the platform says it was sent, as the inquiry says: the due time the router records too.
    const due = this.calendar.dueTimes(new Date(message.sentAt ?? this.clock.now()), null, 'social');
    const text = acknowledgementText(
      inquiryId,
      detectLanguage(message.text),
      due && { by: due.dueAt, target: due.serviceLevel, zone: this.calendar.calendar().zone },
    );
    const outcome = await this.once.runOnce(`social-ack:${inquiryId}`, leaseSeconds, () =>
      this.sendReply.execute({ network: message.network, recipientId: message.senderId, text }),
    );
    return outcome === 'done' ? 'sent' : outcome === 'already-done' ? 'already-sent' : 'in-flight';
  }
}
