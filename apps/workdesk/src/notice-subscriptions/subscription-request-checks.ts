import { DomainError, type NoticeSubscriptionView, type Problem } from '@inquiry-router/contracts';
import type { NewNoticeSubscriptionRecord, NoticeSubscriptionRecord } from '@inquiry-router/persistence';
import type { NoticeSubscriptionRequest } from './notice-subscription.requests';

/**
 * What a subscription request must be beyond its fields' shapes: a webhook URL that is a URL (https
 * in production, without credentials), and components that exist. Refused with every reason at once.
 */
export function checkSubscriptionRequest(
  request: NoticeSubscriptionRequest,
  context: { componentCodes: readonly string[]; production: boolean },
): void {
  const problems: Problem[] = [];
  if (request.channel === 'webhook' && request.webhookUrl !== undefined) {
    const url = URL.canParse(request.webhookUrl) ? new URL(request.webhookUrl) : null;
    if (!url || !['http:', 'https:'].includes(url.protocol))
      problems.push({ path: 'webhookUrl', message: 'webhookUrl must be an http(s) URL' });
    else if (context.production && url.protocol !== 'https:') problems.push({ path: 'webhookUrl', message: 'webhookUrl must be https' });
    else if (url.username || url.password) problems.push({ path: 'webhookUrl', message: 'webhookUrl must not carry credentials' });
  }
  if (request.channel === 'email' && request.webhookUrl !== undefined)
    problems.push({ path: 'webhookUrl', message: 'an email subscription has no webhookUrl' });
  const unknown = (request.components ?? []).filter((c) => !context.componentCodes.includes(c));
  if (unknown.length > 0) problems.push({ path: 'components', message: `no such component: ${unknown.join(', ')}` });
  if (problems.length > 0) throw new DomainError('invalid', problems.map((p) => p.message).join('; '), { problems });
}

/** The subscription as stored, from a checked request (lists without repeats). */
export function newSubscriptionOf(
  request: NoticeSubscriptionRequest,
  made: Pick<NewNoticeSubscriptionRecord, 'id' | 'webhookSecret' | 'confirmTokenHash' | 'unsubscribeTokenHash' | 'createdBy'>,
): NewNoticeSubscriptionRecord {
  return {
    ...made,
    channel: request.channel,
    email: request.email?.trim() ?? null,
    webhookUrl: request.channel === 'webhook' ? (request.webhookUrl ?? null) : null,
    webhookSecret: request.channel === 'webhook' ? made.webhookSecret : null,
    components: [...new Set(request.components ?? [])],
    environments: [...new Set(request.environments ?? [])],
    audiences: [...new Set(request.audiences ?? [])],
    language: request.language ?? 'nb',
  };
}

export function toSubscriptionView(s: NoticeSubscriptionRecord): NoticeSubscriptionView {
  return {
    id: s.id,
    channel: s.channel,
    email: s.email,
    webhookUrl: s.webhookUrl,
    components: s.components,
    environments: s.environments,
    audiences: s.audiences,
    language: s.language,
    confirmed: s.confirmedAt !== null,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    endedAt: s.endedAt?.toISOString() ?? null,
  };
}
