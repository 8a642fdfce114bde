/**
 * Where the social adapter keeps, in the Redis every app shares under one key prefix, what it
 * needs to answer: named here, beside the live queues, so erasing a person's data finds them too.
 */
export const SocialKeys = {
  /** The platform id a reply to an inquiry is addressed to (`{network, senderId}`), by inquiry id. */
  recipient: (prefix: string, inquiryId: string): string => `${prefix}social:recipient:${inquiryId}`,
  /** A conversation's first inquiry (its thread), by network, our account and the sender's platform id. */
  conversation: (prefix: string, network: string, accountId: string, senderId: string): string =>
    `${prefix}social:conversation:${network}:${accountId}:${senderId}`,
  conversations: (prefix: string): string => `${prefix}social:conversation:*`,
};

/**
 * Deletes a conversation key (KEYS[1]) only if it still names the inquiry given (ARGV[1]): one
 * step, so a conversation begun since is not deleted. Answers 1 if it deleted, else 0.
 */
export const ForgetConversationScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
