import { Topics, type NoticeChanged } from '@inquiry-router/contracts';
import type { Outbox } from '@inquiry-router/messaging';
import type { NoticeEvents, NoticeRecord } from '@inquiry-router/persistence';

/** The `notice.changed.v1` event of a notice's last history entry: the notice as it stands, and what the entry says. */
export function noticeChanged(notice: NoticeRecord): NoticeChanged {
  const entry = notice.updates[notice.updates.length - 1];
  return {
    noticeId: notice.id,
    sequence: entry.sequence,
    kind: notice.kind,
    status: notice.status,
    severity: notice.severity,
    title: notice.title,
    description: notice.description,
    message: entry.message,
    components: notice.components,
    environments: notice.environments,
    audiences: notice.audiences,
    startsAt: notice.startsAt.toISOString(),
    expectedEndAt: notice.expectedEndAt?.toISOString() ?? null,
    endedAt: notice.endedAt?.toISOString() ?? null,
    changedBy: entry.changedBy,
    changedAt: entry.changedAt.toISOString(),
  };
}

/** The events of a notice's change, for the outbox: one message per history entry, keyed by the notice id. */
export function noticeChangedEvents(outbox: Outbox): NoticeEvents {
  return (notice) => outbox.messages(Topics.NoticeChanged, [{ key: notice.id, value: noticeChanged(notice) }]);
}
