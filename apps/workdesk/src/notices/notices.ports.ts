import type { NoticeComponent, Notice } from '@inquiry-router/notices';
import type {
  NewNoticeRecord,
  NoticeChangeEntry,
  NoticeEvents,
  NoticeListFilter,
  NoticeRecord,
  NoticeRevisionOutcome,
} from '@inquiry-router/persistence';

/** The notices as kept, with their history, and the components they can affect. */
export abstract class NoticeRecords {
  abstract find(id: string): Promise<NoticeRecord | null>;
  abstract list(filter: NoticeListFilter): Promise<NoticeRecord[]>;
  abstract openOrEndedSince(endedSince: Date): Promise<NoticeRecord[]>;
  abstract components(): Promise<NoticeComponent[]>;
}

/** Registering and updating notices: each change with its history entry and its events, in one transaction. */
export abstract class NoticeChanges {
  abstract register(notice: NewNoticeRecord, entry: NoticeChangeEntry, eventsOf: NoticeEvents): Promise<NoticeRecord>;
  abstract revise(next: Notice, version: number, entry: NoticeChangeEntry, eventsOf: NoticeEvents): Promise<NoticeRevisionOutcome>;
}
