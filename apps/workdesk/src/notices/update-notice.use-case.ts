import { Injectable, Logger } from '@nestjs/common';
import type { NoticeView } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { reviseNotice } from '@inquiry-router/notices';
import { Clock } from '@inquiry-router/runtime';
import { checkedComponents, checkExpectedEnd, keptKeywords, trimmedText } from './notice-checks';
import { noticeChangedEvents } from './notice-changed';
import { NoticeNotFound, StaleNotice } from './notice-errors';
import { NoticeChanges, NoticeRecords } from './notices.ports';
import type { UpdateNoticeRequest } from './notices.requests';
import { toNoticeView } from './notices.views';

/**
 * An operator updates a notice: a new status (or the same, to say more), its message, and the
 * fields that change. Made on the version the operator read (a stale one is refused), in a
 * status the lifecycle allows; kept as the next history entry, with `notice.changed.v1`.
 */
@Injectable()
export class UpdateNotice {
  private readonly log = new Logger(UpdateNotice.name);

  constructor(
    private readonly records: NoticeRecords,
    private readonly changes: NoticeChanges,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, request: UpdateNoticeRequest, actor: string): Promise<NoticeView> {
    const current = await this.records.find(id);
    if (!current) throw new NoticeNotFound(id);
    if (current.version !== request.version) throw new StaleNotice(id, request.version, current.version);
    const at = this.clock.now();
    const { notice, changed } = reviseNotice(
      current,
      {
        status: request.status,
        severity: request.severity,
        title: request.title && trimmedText(request.title),
        expectedEndAt: request.expectedEndAt == null ? request.expectedEndAt : new Date(request.expectedEndAt),
        components: request.components && (await checkedComponents(request.components, this.records)),
        environments: request.environments && [...new Set(request.environments)],
        audiences: request.audiences && [...new Set(request.audiences)],
        keywords: request.keywords && keptKeywords(request.keywords),
      },
      at,
    );
    if (changed.includes('expectedEndAt')) checkExpectedEnd(notice.startsAt, notice.expectedEndAt);
    const outcome = await this.changes.revise(
      notice,
      current.version,
      { message: trimmedText(request.message), changed, changedBy: actor, changedAt: at },
      noticeChangedEvents(this.outbox),
    );
    // Changed by someone else between the read and the write.
    if (outcome.outcome === 'stale')
      throw new StaleNotice(id, request.version, (await this.records.find(id))?.version ?? request.version + 1);
    if (outcome.outcome === 'not-found') throw new NoticeNotFound(id);
    this.log.log({ id, status: notice.status, changed, actor }, 'notice updated');
    return toNoticeView(outcome.notice);
  }
}
