import { Inject, Injectable } from '@nestjs/common';
import { OnceGuard } from '@inquiry-router/intake';
import { SocialAdapterEnv } from '../social-adapter.env';
import type { SocialMessage } from '../social-message';
import { acknowledgementText } from './acknowledgement-text';
import { SendReply } from './send-reply.use-case';

export type AcknowledgementOutcome = 'sent' | 'already-sent' | 'in-flight';

/**
 * Answers the first message of a conversation with its reference number, once: a retried
 * webhook finds the acknowledgement marked sent, and a retry that arrives while the first send
 * is still under way finds it claimed. A send that fails releases the claim, so a later retry
 * of the webhook may try again.
 */
@Injectable()
export class AcknowledgeConversation {
  constructor(
    @Inject(SendReply) private readonly sendReply: SendReply,
    @Inject(OnceGuard) private readonly once: OnceGuard,
    @Inject(SocialAdapterEnv) private readonly env: SocialAdapterEnv,
  ) {}

  async execute(message: SocialMessage, inquiryId: string): Promise<AcknowledgementOutcome> {
    const leaseSeconds = Math.ceil(this.env.REPLY_TIMEOUT_MS / 1000) + 30;
    const outcome = await this.once.runOnce(`social-ack:${inquiryId}`, leaseSeconds, () =>
      this.sendReply.execute({ network: message.network, recipientId: message.senderId, text: acknowledgementText(inquiryId, message.text) }),
    );
    return outcome === 'done' ? 'sent' : outcome === 'already-done' ? 'already-sent' : 'in-flight';
  }
}
