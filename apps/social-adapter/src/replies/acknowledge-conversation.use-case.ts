import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { OnceGuard } from '@inquiry-router/intake';
import { REDIS } from '@inquiry-router/live-queues';
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
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SocialAdapterEnv) private readonly env: SocialAdapterEnv,
  ) {}

  async execute(message: SocialMessage, inquiryId: string): Promise<AcknowledgementOutcome> {
    const key = `social-ack:${inquiryId}`;
    if (await this.once.done(key)) return 'already-sent';
    const claim = `${this.env.REDIS_KEY_PREFIX}social:ack-sending:${inquiryId}`;
    const claimSeconds = Math.ceil(this.env.REPLY_TIMEOUT_MS / 1000) + 30;
    if ((await this.redis.set(claim, '1', 'EX', claimSeconds, 'NX')) !== 'OK') return 'in-flight';
    try {
      await this.sendReply.execute({ network: message.network, recipientId: message.senderId, text: acknowledgementText(inquiryId, message.text) });
      await this.once.mark(key);
      return 'sent';
    } finally {
      await this.redis.del(claim);
    }
  }
}
