import type { NoticeAudience, NoticeEnvironment, NoticeKind, NoticeSeverity, NoticeStatus } from '@inquiry-router/contracts';
import { isEnding, NoticeText } from '@inquiry-router/notices';
import type { NoticeEntry } from '@inquiry-router/persistence';

/**
 * What a webhook subscriber receives for one entry of a notice's history (its registration, or an
 * update): the entry's status and message, and the notice as it stands. Documented in the app
 * README; a breaking change gets a new `type`. Texts come in every language the operator wrote
 * (`nb` always). The delivery id is the `webhook-id` header, the same on every attempt. Written
 * out rather than derived from `NoticeEntry`: the published format changes only on purpose, never
 * because the stored entry gained a field.
 */
export interface NoticeWebhookPayload {
  type: 'notice.changed';
  noticeId: string;
  /** 1: the registration; each update after counts up. With `noticeId` it names the entry. */
  sequence: number;
  kind: NoticeKind;
  status: NoticeStatus;
  severity: NoticeSeverity;
  title: NoticeText;
  /** What this entry says: the registration's description, or the update's message. */
  message: NoticeText;
  description: NoticeText;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
  startsAt: string;
  expectedEndAt: string | null;
  /** Set when this entry ended the notice (resolved, completed, cancelled). */
  endedAt: string | null;
  changedAt: string;
  /** The public status page, where the notice is followed. */
  statusPage: string;
}

/** When the entry ended the notice: its end, else none (an earlier entry of an ended notice did not end it). */
export function entryEndedAt(entry: Pick<NoticeEntry, 'status' | 'endedAt' | 'changedAt'>): Date | null {
  return isEnding(entry.status) ? (entry.endedAt ?? entry.changedAt) : null;
}

export function noticeWebhookPayload(entry: NoticeEntry, statusPage: string): NoticeWebhookPayload {
  return {
    type: 'notice.changed',
    noticeId: entry.noticeId,
    sequence: entry.sequence,
    kind: entry.kind,
    status: entry.status,
    severity: entry.severity,
    title: entry.title,
    message: entry.message,
    description: entry.description,
    components: entry.components,
    environments: entry.environments,
    audiences: entry.audiences,
    startsAt: entry.startsAt.toISOString(),
    expectedEndAt: entry.expectedEndAt?.toISOString() ?? null,
    endedAt: entryEndedAt(entry)?.toISOString() ?? null,
    changedAt: entry.changedAt.toISOString(),
    statusPage,
  };
}
