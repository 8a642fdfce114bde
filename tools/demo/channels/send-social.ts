import { createHmac, randomBytes } from 'node:crypto';
import { inquiryIdFor } from '@inquiry-router/intake';

export interface SocialSecrets {
  /** Meta's app secret: Messenger and Instagram webhooks are signed with it. */
  metaAppSecret: string;
  /** X's consumer secret: account activity webhooks are signed with it. */
  xConsumerSecret: string;
  /** Our own X account id (DMs are addressed to it). */
  xAccountId: string;
}

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

const ourPage = '1357924680';

/** Delivers one direct message to the social adapter as the network's webhook would, signed as the network documents. */
export async function sendSocialMessage(baseUrl: string, secrets: SocialSecrets, message: SocialMessage): Promise<SentSocialMessage> {
  const mid = `m_${randomBytes(12).toString('hex')}`;
  const sentAt = (message.sentAt ?? new Date()).getTime();
  let path: string;
  let raw: string;
  let headers: Record<string, string>;
  if (message.network === 'x') {
    path = '/webhooks/x';
    raw = JSON.stringify({
      for_user_id: secrets.xAccountId,
      direct_message_events: [
        {
          type: 'message_create',
          id: mid,
          created_timestamp: String(sentAt),
          message_create: {
            target: { recipient_id: secrets.xAccountId },
            sender_id: message.senderId,
            message_data: { text: message.text },
          },
        },
      ],
    });
    headers = { 'x-twitter-webhooks-signature': `sha256=${createHmac('sha256', secrets.xConsumerSecret).update(raw).digest('base64')}` };
  } else {
    path = '/webhooks/meta';
    const object = message.network === 'instagram' ? 'instagram' : 'page';
    raw = JSON.stringify({
      object,
      entry: [
        {
          id: ourPage,
          time: sentAt,
          messaging: [
            { sender: { id: message.senderId }, recipient: { id: ourPage }, timestamp: sentAt, message: { mid, text: message.text } },
          ],
        },
      ],
    });
    headers = { 'x-hub-signature-256': `sha256=${createHmac('sha256', secrets.metaAppSecret).update(raw).digest('hex')}` };
  }
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  if (!res.ok) throw new Error(`social adapter answered ${res.status} to ${path}: ${(await res.text()).slice(0, 200)}`);
  const receipt = (await res.json()) as { received: number; ignored: number };
  return { inquiryId: inquiryIdFor('social', mid), messageId: mid, receipt };
}
