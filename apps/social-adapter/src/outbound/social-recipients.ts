import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS, SocialKeys } from '@inquiry-router/live-queues';
import { SocialAdapterEnv } from '../social-adapter.env';
import type { Network, SocialMessage } from '../social-message';

/** Long enough for a service desk case to be followed to its end. */
const RecipientTtlSeconds = 180 * 24 * 3600;

export interface SocialRecipient {
  network: Network;
  /** The id the platform's send API addresses (Meta PSID, X user id). */
  senderId: string;
}

/**
 * Who to answer for each social inquiry. The inquiry carries the sender's handle, which for X is
 * the screen name, while the send API needs the user id: so the id is kept here, in Redis, by
 * inquiry id, when the message arrives.
 */
@Injectable()
export class SocialRecipients {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: SocialAdapterEnv,
  ) {}

  async remember(inquiryId: string, message: SocialMessage): Promise<void> {
    const value: SocialRecipient = { network: message.network, senderId: message.senderId };
    await this.redis.set(this.keyOf(inquiryId), JSON.stringify(value), 'EX', RecipientTtlSeconds);
  }

  async find(inquiryId: string): Promise<SocialRecipient | null> {
    const raw = await this.redis.get(this.keyOf(inquiryId));
    return raw ? (JSON.parse(raw) as SocialRecipient) : null;
  }

  private keyOf(inquiryId: string): string {
    return SocialKeys.recipient(this.env.REDIS_KEY_PREFIX, inquiryId);
  }
}
