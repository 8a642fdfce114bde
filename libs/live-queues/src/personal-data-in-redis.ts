import Redis from 'ioredis';
import { LiveQueues } from './live-queues';
import { ForgetConversationScript, SocialKeys } from './social-keys';

/** An inquiry to be forgotten in Redis: its id and its conversation (the thread's first inquiry). */
export interface InquiryToForget {
  id: string;
  threadId: string;
}

/**
 * What Redis holds of inquiries whose personal data is erased: their places in the live queues
 * and reservations (ids only, but an erased inquiry can no longer be worked on), and the social
 * adapter's recipient of each and the conversations that lead to them (keyed by the sender's
 * platform id). Idempotent: what is already gone is no error.
 */
export class PersonalDataInRedis {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly queues: LiveQueues,
  ) {}

  async forget(inquiries: readonly InquiryToForget[]): Promise<{ conversations: number }> {
    if (inquiries.length === 0) return { conversations: 0 };
    const ids = inquiries.map((i) => i.id);
    await this.queues.drop(...ids);
    for (let i = 0; i < ids.length; i += 500)
      await this.redis.del(...ids.slice(i, i + 500).map((id) => SocialKeys.recipient(this.keyPrefix, id)));
    return { conversations: await this.forgetConversations(new Set([...ids, ...inquiries.map((i) => i.threadId)])) };
  }

  /** Conversations live for days (the social adapter's CONVERSATION_TTL_SECONDS): looked for by a scan of their keys. */
  private async forgetConversations(threads: Set<string>): Promise<number> {
    let forgotten = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', SocialKeys.conversations(this.keyPrefix), 'COUNT', 1000);
      cursor = next;
      if (keys.length === 0) continue;
      const firsts = await this.redis.mget(...keys);
      for (const [k, key] of keys.entries()) {
        const first = firsts[k];
        // Only if it still names the thread it was found with (a new one may have begun since).
        if (first !== null && threads.has(first)) forgotten += Number(await this.redis.eval(ForgetConversationScript, 1, key, first));
      }
    } while (cursor !== '0');
    return forgotten;
  }
}
