import { metaSignature, MetaSignatureHeader, xSignature, XSignatureHeader } from './social-webhook-signatures';

/** The secrets the social adapter checks webhooks with, and the X account direct messages are addressed to. */
export interface SocialWebhookSecrets {
  /** Meta's app secret: Messenger and Instagram webhooks are signed with it. */
  metaAppSecret: string;
  /** X's consumer secret: account activity webhooks are signed with it. */
  xConsumerSecret: string;
  /** Our own X account id (DMs are addressed to it). */
  xAccountId: string;
}

/** One direct message, as the sender's network reports it. */
export interface DirectMessage {
  network: 'facebook' | 'instagram' | 'x';
  /** The network's id of the message (Meta `mid`, X event id). */
  messageId: string;
  /** The sender's id on the network (page-scoped id, Instagram-scoped id or X user id). */
  senderId: string;
  text: string;
  sentAt: Date;
}

/** The social adapter's webhook request: where it goes, its headers (signature and content type) and its exact body. */
export interface SignedWebhookRequest {
  path: '/webhooks/meta' | '/webhooks/x';
  headers: Record<string, string>;
  body: string;
}

/** The page our Messenger and Instagram deliveries are addressed to. */
const ourPage = '1357924680';

/**
 * The webhook delivery of one direct message as its network makes it, signed as the network
 * documents: Meta's `x-hub-signature-256` (hex HMAC-SHA256 of the exact bytes, keyed with the app
 * secret), X's `x-twitter-webhooks-signature` (base64, keyed with the consumer secret). For the
 * demo, the bench and the fault harness; never for production traffic.
 */
export function signedDirectMessage(secrets: SocialWebhookSecrets, message: DirectMessage): SignedWebhookRequest {
  const sentAt = message.sentAt.getTime();
  if (message.network === 'x') {
    const body = JSON.stringify({
      for_user_id: secrets.xAccountId,
      direct_message_events: [
        {
          type: 'message_create',
          id: message.messageId,
          created_timestamp: String(sentAt),
          message_create: {
            target: { recipient_id: secrets.xAccountId },
            sender_id: message.senderId,
            message_data: { text: message.text },
          },
        },
      ],
    });
    const headers = { 'content-type': 'application/json', [XSignatureHeader]: xSignature(body, secrets.xConsumerSecret) };
    return { path: '/webhooks/x', headers, body };
  }
  const body = JSON.stringify({
    object: message.network === 'instagram' ? 'instagram' : 'page',
    entry: [
      {
        id: ourPage,
        time: sentAt,
        messaging: [
          {
            sender: { id: message.senderId },
            recipient: { id: ourPage },
            timestamp: sentAt,
            message: { mid: message.messageId, text: message.text },
          },
        ],
      },
    ],
  });
  // Header names in lower case, as HTTP/2 and Node hand them on.
  const headers = { 'content-type': 'application/json', [MetaSignatureHeader.toLowerCase()]: metaSignature(body, secrets.metaAppSecret) };
  return { path: '/webhooks/meta', headers, body };
}
