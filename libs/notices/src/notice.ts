import {
  DomainError,
  IncidentStatuses,
  isEndingNoticeStatus,
  MaintenanceStatuses,
  nextNoticeStatuses,
  type NoticeAudience,
  type NoticeEnvironment,
  type NoticeKind,
  type NoticeSeverity,
  type NoticeStatus,
} from '@inquiry-router/contracts';

/** A text in bokmål, with nynorsk and English where the operator wrote them. */
export interface NoticeText {
  nb: string;
  nn?: string;
  en?: string;
}

/** An incident or planned maintenance as the domain sees it. */
export interface Notice {
  id: string;
  kind: NoticeKind;
  status: NoticeStatus;
  severity: NoticeSeverity;
  title: NoticeText;
  description: NoticeText;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
  keywords: string[];
  startsAt: Date;
  expectedEndAt: Date | null;
  endedAt: Date | null;
}

// A notice's lifecycle and texts are plain words of the contracts, which the console reads too.
export { isEndingNoticeStatus as isEnding, nextNoticeStatuses as nextStatuses, textIn } from '@inquiry-router/contracts';

/** A change the notice's lifecycle does not allow. */
export class InvalidNoticeChange extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** The status a new notice of the kind starts in. */
export function initialStatus(kind: NoticeKind): NoticeStatus {
  return kind === 'incident' ? 'investigating' : 'scheduled';
}

/** The statuses a notice of the kind may take at all. */
export function statusesOf(kind: NoticeKind): readonly NoticeStatus[] {
  return kind === 'incident' ? IncidentStatuses : MaintenanceStatuses;
}

/** Refuses a status the notice may not take next. */
export function checkStatusChange(notice: Pick<Notice, 'kind' | 'status' | 'id'>, to: NoticeStatus): void {
  if (!statusesOf(notice.kind).includes(to))
    throw new InvalidNoticeChange(`${to} is not a status of ${notice.kind === 'incident' ? 'an incident' : 'maintenance'}`);
  const allowed = nextNoticeStatuses(notice.kind, notice.status);
  if (allowed.length === 0) throw new InvalidNoticeChange(`${notice.id} is ${notice.status}: an ended notice takes no updates`);
  if (!allowed.includes(to))
    throw new InvalidNoticeChange(`${notice.id} cannot go from ${notice.status} to ${to} (allowed: ${allowed.join(', ')})`);
}

/** Whether the notice is in force at `at`: started, not ended. Maintenance counts once it is in progress or due. */
export function inForce(notice: Pick<Notice, 'startsAt' | 'endedAt' | 'status'>, at: Date): boolean {
  if (isEndingNoticeStatus(notice.status) || notice.endedAt) return false;
  return notice.startsAt.getTime() <= at.getTime() || notice.status === 'in-progress';
}

/** Whether the notice is announced ahead: not started yet, not ended. */
export function upcoming(notice: Pick<Notice, 'startsAt' | 'endedAt' | 'status'>, at: Date): boolean {
  return !isEndingNoticeStatus(notice.status) && !notice.endedAt && !inForce(notice, at);
}
