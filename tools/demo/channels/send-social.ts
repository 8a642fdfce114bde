import { randomBytes } from 'node:crypto';
import { inquiryIdFor, socialMessageId } from '@inquiry-router/intake';
import { signedDirectMessage, SocialWebhookSecrets } from '@inquiry-router/outbound-delivery';

export interface SocialMessage {
  network: 'facebook' | 'instagram' | 'x';
  /** The sender's id on the network (page-scoped id, Instagram-scoped id or X user id). */
  senderId: string;
  text: string;
  /** When the network says it was sent (the platforms' own timestamp, which the adapter takes as received): now, unless given. */
  sentAt?: Date;
}

export interface SentSocialMessage {
  inquiryId: string;
  messageId: string;
  /** The adapter's receipt: how many messages of the delivery it took in, and how many events it ignored. */
  receipt: { received: number; ignored: number };
}

/** Delivers one direct message to the social adapter as the network's webhook would, signed as the network documents. */
export async function sendSocialMessage(
  baseUrl: string,
  secrets: SocialWebhookSecrets,
  message: SocialMessage,
): Promise<SentSocialMessage> {
  const messageId = `m_${randomBytes(12).toString('hex')}`;
  const { path, headers, body } = signedDirectMessage(secrets, { ...message, messageId, sentAt: message.sentAt ?? new Date() });
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body });
  if (!res.ok) throw new Error(`social adapter answered ${res.status} to ${path}: ${(await res.text()).slice(0, 200)}`);
  const receipt = (await res.json()) as { received: number; ignored: number };
  return { inquiryId: inquiryIdFor('social', socialMessageId(message.network, messageId)), messageId, receipt };
}
