import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { ForgetConversationScript, REDIS, SocialKeys } from '@inquiry-router/live-queues';
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

// Opens the conversation with this inquiry ({1, id}), or else keeps it open longer ({0, its first
// inquiry}). One step, so the key cannot expire between finding it taken and reading it.
const PlaceScript = `if redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2], 'NX') then return {1, ARGV[1]} end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return {0, redis.call('GET', KEYS[1])}`;
const PlaceCommand = 'socialPlaceConversation';

type PlacingRedis = Redis & { [PlaceCommand](key: string, inquiryId: string, ttlSeconds: number): Promise<[0 | 1, string]> };

/**
 * Remembers each conversation's first inquiry in Redis, so every message of one conversation
 * carries the same threadRef although webhooks are stateless. A conversation is one sender
 * writing to one of our accounts on one network; it is forgotten after CONVERSATION_TTL_SECONDS
 * without messages, and the next message then opens a new one.
 */
@Injectable()
export class ConversationThreads {
  private readonly redis: PlacingRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly env: SocialAdapterEnv,
  ) {
    // Run by its digest (ioredis loads it on first use and again after a Redis restart).
    redis.defineCommand(PlaceCommand, { numberOfKeys: 1, lua: PlaceScript });
    this.redis = redis as PlacingRedis;
  }

  /** One Redis round trip, whether the message opens its conversation or joins it. */
  async place(message: SocialMessage, inquiryId: string): Promise<ConversationPlace> {
    const [registered, first] = await this.redis[PlaceCommand](this.keyOf(message), inquiryId, this.env.CONVERSATION_TTL_SECONDS);
    // A retry of the first message finds its own inquiry there: it opens the conversation (and is
    // acknowledged once) but did not register it, so its failure does not take it back.
    return { firstInquiryId: first, opensConversation: first === inquiryId, registered: registered === 1 };
  }

  /** Takes back a registration whose inquiry was never published (the platform retries it). */
  async forget(message: SocialMessage, inquiryId: string): Promise<void> {
    // Only if it still names the inquiry this call registered.
    await this.redis.eval(ForgetConversationScript, 1, this.keyOf(message), inquiryId);
  }

  private keyOf(m: SocialMessage): string {
    return SocialKeys.conversation(this.env.REDIS_KEY_PREFIX, m.network, m.accountId, m.senderId);
  }
}
