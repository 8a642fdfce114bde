import { Injectable } from '@nestjs/common';
import type { NoticeComponentView, NoticeView } from '@inquiry-router/contracts';
import { inForce, upcoming } from '@inquiry-router/notices';
import { Clock } from '@inquiry-router/runtime';
import { NoticeNotFound } from './notice-errors';
import { NoticeRecords } from './notices.ports';
import type { NoticeListState } from './notices.requests';
import { toComponentView, toNoticeView } from './notices.views';

/** Enough for any operator's list; older notices stay readable one by one. */
const ListLimit = 500;

/** The notices as operators read them, and the components a notice can name. */
@Injectable()
export class ReadNotices {
  constructor(
    private readonly records: NoticeRecords,
    private readonly clock: Clock,
  ) {}

  /** Newest first: in force now (`active`), announced ahead (`upcoming`), ended, or all. */
  async list(state: NoticeListState = 'all'): Promise<NoticeView[]> {
    const now = this.clock.now();
    if (state === 'all' || state === 'ended') return (await this.records.list({ state, limit: ListLimit })).map(toNoticeView);
    const open = await this.records.list({ state: 'open', limit: ListLimit });
    return open.filter((n) => (state === 'active' ? inForce(n, now) : upcoming(n, now))).map(toNoticeView);
  }

  async one(id: string): Promise<NoticeView> {
    const notice = await this.records.find(id);
    if (!notice) throw new NoticeNotFound(id);
    return toNoticeView(notice);
  }

  async components(): Promise<NoticeComponentView[]> {
    return (await this.records.components()).map(toComponentView);
  }
}
