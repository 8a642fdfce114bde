import type { NoticeAudience, NoticeEnvironment } from '@inquiry-router/contracts';
import type { Notice } from './notice';

/** What a subscriber asked for; an empty list means every one. */
export interface SubscriptionFilter {
  components: readonly string[];
  environments: readonly NoticeEnvironment[];
  audiences: readonly NoticeAudience[];
}

const overlaps = <T>(wanted: readonly T[], given: readonly T[]): boolean => wanted.length === 0 || wanted.some((w) => given.includes(w));

/** Whether a subscriber wants a notice: it touches one of their components, environments and audiences each. */
export function subscriberWants(filter: SubscriptionFilter, notice: Pick<Notice, 'components' | 'environments' | 'audiences'>): boolean {
  return (
    overlaps(filter.components, notice.components) &&
    overlaps(filter.environments, notice.environments) &&
    overlaps(filter.audiences, notice.audiences)
  );
}
