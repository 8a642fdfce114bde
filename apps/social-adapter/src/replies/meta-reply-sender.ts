import { SocialAdapterEnv } from '../social-adapter.env';
import { ReplySender, SendFailed, postJson } from './reply-sender';

/**
 * Meta's Send API, for Messenger and Instagram alike (the page access token speaks for both):
 * `POST /me/messages` with `messaging_type: RESPONSE`, allowed within 24 hours of the person's message.
 */
export class MetaReplySender implements ReplySender {
  readonly networks = ['facebook', 'instagram'] as const;

  constructor(private readonly env: SocialAdapterEnv) {}

  get configured(): boolean {
    return Boolean(this.env.META_PAGE_ACCESS_TOKEN);
  }

  async send(recipientId: string, text: string): Promise<void> {
    const token = this.env.META_PAGE_ACCESS_TOKEN;
    if (!token) throw new SendFailed('META_PAGE_ACCESS_TOKEN is not set');
    const url = `${this.env.META_GRAPH_URL.replace(/\/+$/, '')}/me/messages?access_token=${encodeURIComponent(token)}`;
    await postJson(
      url,
      { recipient: { id: recipientId }, messaging_type: 'RESPONSE', message: { text } },
      {},
      this.env.REPLY_TIMEOUT_MS,
      'Meta Send API',
    );
  }
}
