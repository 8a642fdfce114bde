import { SocialAdapterEnv } from '../social-adapter.env';
import { ReplySender, SendFailed, postJson } from './reply-sender';

/** X API v2 direct messages: `POST /2/dm_conversations/with/{participant_id}/messages`. */
export class XReplySender implements ReplySender {
  readonly networks = ['x'] as const;

  constructor(private readonly env: SocialAdapterEnv) {}

  get configured(): boolean {
    return Boolean(this.env.X_BEARER_TOKEN);
  }

  async send(recipientId: string, text: string): Promise<void> {
    const token = this.env.X_BEARER_TOKEN;
    if (!token) throw new SendFailed('X_BEARER_TOKEN is not set');
    const url = `${this.env.X_API_URL.replace(/\/+$/, '')}/2/dm_conversations/with/${encodeURIComponent(recipientId)}/messages`;
    await postJson(url, { text }, { authorization: `Bearer ${token}` }, this.env.REPLY_TIMEOUT_MS, 'X DM API');
  }
}
