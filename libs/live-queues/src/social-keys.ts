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
