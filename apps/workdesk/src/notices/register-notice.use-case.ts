import { Injectable, Logger } from '@nestjs/common';
import type { NoticeView } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { initialStatus } from '@inquiry-router/notices';
import { Clock } from '@inquiry-router/runtime';
import { checkedComponents, checkExpectedEnd, keptKeywords, trimmedText } from './notice-checks';
import { noticeChangedEvents } from './notice-changed';
import { NoticeChanges, NoticeRecords } from './notices.ports';
import type { RegisterNoticeRequest } from './notices.requests';
import { toNoticeView } from './notices.views';

/**
 * An operator registers an incident or planned maintenance. It starts in its kind's first status,
 * with its registration as history entry 1 and `notice.changed.v1` through the outbox.
 */
@Injectable()
export class RegisterNotice {
  private readonly log = new Logger(RegisterNotice.name);

  constructor(
    private readonly records: NoticeRecords,
    private readonly changes: NoticeChanges,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(request: RegisterNoticeRequest, actor: string): Promise<NoticeView> {
    const startsAt = new Date(request.startsAt);
    const expectedEndAt = request.expectedEndAt ? new Date(request.expectedEndAt) : null;
    checkExpectedEnd(startsAt, expectedEndAt);
    const description = trimmedText(request.description);
    const notice = await this.changes.register(
      {
        kind: request.kind,
        status: initialStatus(request.kind),
        severity: request.severity,
        title: trimmedText(request.title),
        description,
        components: await checkedComponents(request.components, this.records),
        environments: [...new Set(request.environments)],
        audiences: [...new Set(request.audiences)],
        keywords: keptKeywords(request.keywords),
        startsAt,
        expectedEndAt,
      },
      { message: description, changed: [], changedBy: actor, changedAt: this.clock.now() },
      noticeChangedEvents(this.outbox),
    );
    this.log.log({ id: notice.id, kind: notice.kind, severity: notice.severity, actor }, 'notice registered');
    return toNoticeView(notice);
  }
}
