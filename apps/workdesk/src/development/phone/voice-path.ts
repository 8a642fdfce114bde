import { DomainError } from '@inquiry-router/contracts';

/**
 * A path of the phone adapter's voice webhooks as TwiML names it (`/voice/menu`,
 * `/voice/describe?choice=1`): `/voice/` and one lower-case word, then at most a plain query. Never
 * a URL of its own, a host, `..`, an encoded character or a fragment, so whatever the page sends,
 * the workdesk posts to the configured phone adapter's voice webhooks and nowhere else.
 */
const voicePath = /^\/voice\/[a-z]{1,40}(\?[A-Za-z]{1,40}=[A-Za-z0-9_-]{0,40}(&[A-Za-z]{1,40}=[A-Za-z0-9_-]{0,40}){0,4})?$/;

export class NotAVoicePath extends DomainError {
  constructor(field: string) {
    const must = "must be a path of the phone adapter's voice webhooks as the TwiML gave it (/voice/…), not a URL";
    super('invalid', `${field} ${must}`, { problems: [{ path: field, message: must }] });
  }
}

/** The adapter path `action` names, or NotAVoicePath (`field`: the request field it came in). */
export function voicePathOf(action: unknown, field = 'action'): string {
  if (typeof action !== 'string' || !voicePath.test(action)) throw new NotAVoicePath(field);
  return action;
}

/** The webhook a path names (`/voice/describe?choice=1` → `describe`). */
export function voiceWebhookOf(path: string): string {
  return path.slice('/voice/'.length).split('?')[0];
}
