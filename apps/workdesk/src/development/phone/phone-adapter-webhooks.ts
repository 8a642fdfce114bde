import { postTwilioWebhook, type WebhookAnswer } from '@inquiry-router/outbound-delivery';
import { PhoneNotConfigured, phoneAdapterRefusal, phoneAdapterUnreachable } from './development-phone-errors';

/**
 * The phone adapter's voice webhooks, posted as Twilio posts them: form-encoded and signed with
 * the adapter's auth token over its address and the path, exactly as its TwilioSignatureGuard
 * checks them. Anything but a 2xx is a refusal worded for the page.
 */
export class PhoneAdapterWebhooks {
  constructor(
    /** The adapter's address, as it checks signatures over it (its PUBLIC_BASE_URL). */
    readonly adapterUrl: string,
    private readonly authToken: string | null,
  ) {}

  /** Why no call can be placed, or null. */
  get notConfigured(): string | null {
    return this.authToken ? null : PhoneNotConfigured.reason;
  }

  /** `path`: a voice path already checked (voicePathOf). Resolves with the adapter's 2xx answer. */
  async post(path: string, form: Record<string, string>): Promise<WebhookAnswer> {
    if (!this.authToken) throw new PhoneNotConfigured();
    let answer: WebhookAnswer;
    try {
      answer = await postTwilioWebhook(`${this.adapterUrl}${path}`, form, this.authToken);
    } catch (error) {
      throw phoneAdapterUnreachable(this.adapterUrl, error);
    }
    if (answer.status < 200 || answer.status >= 300) throw phoneAdapterRefusal(path, answer.status, answer.body, this.adapterUrl);
    return answer;
  }
}
