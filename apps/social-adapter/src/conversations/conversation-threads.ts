import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS, SocialKeys } from '@inquiry-router/live-queues';
import { SocialAdapterEnv } from '../social-adapter.env';
import type { SocialMessage } from '../social-message';

export interface ConversationPlace {
  /** The id of the conversation's first inquiry: the thread every later message joins. */
  firstInquiryId: string;
  /** This message opened the conversation (also true for a retry of that first message). */
  opensConversation: boolean;
  /** This call registered the conversation (so a failed publish may take it back). */
  registered: boolean;
}

// Deletes the conversation only if it still names the inquiry this call registered.
const forgetIfOurs = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Remembers each conversation's first inquiry in Redis, so every message of one conversation
 * carries the same threadRef although webhooks are stateless. A conversation is one sender
 * writing to one of our accounts on one network; it is forgotten after CONVERSATION_TTL_SECONDS
 * without messages, and the next message then opens a new one.
 */
@Injectable()
export class ConversationThreads {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SocialAdapterEnv) private readonly env: SocialAdapterEnv,
  ) {}

  async place(message: SocialMessage, inquiryId: string): Promise<ConversationPlace> {
    const key = this.keyOf(message);
    const ttl = this.env.CONVERSATION_TTL_SECONDS;
    // Two tries: the key may expire between a refused SET NX and the GET.
    for (let attempt = 0; attempt < 2; attempt++) {
      if ((await this.redis.set(key, inquiryId, 'EX', ttl, 'NX')) === 'OK') {
        return { firstInquiryId: inquiryId, opensConversation: true, registered: true };
      }
      const first = await this.redis.get(key);
      if (first !== null) {
        await this.redis.expire(key, ttl);
        return { firstInquiryId: first, opensConversation: first === inquiryId, registered: false };
      }
    }
    throw new Error('conversation key kept vanishing in Redis');
  }

  /** Takes back a registration whose inquiry was never published (the platform retries it). */
  async forget(message: SocialMessage, inquiryId: string): Promise<void> {
    await this.redis.eval(forgetIfOurs, 1, this.keyOf(message), inquiryId);
  }

  private keyOf(m: SocialMessage): string {
    return SocialKeys.conversation(this.env.REDIS_KEY_PREFIX, m.network, m.accountId, m.senderId);
  }
}
