import type { NoticeAudience, NoticeEnvironment, NoticeSeverity, NoticeStatus } from '@inquiry-router/contracts';
import { checkStatusChange, isEnding, type Notice, type NoticeText } from './notice';

/** What an update may change besides the status; a field left out stays as it is. */
export interface NoticeRevision {
  status: NoticeStatus;
  severity?: NoticeSeverity;
  title?: NoticeText;
  expectedEndAt?: Date | null;
  components?: string[];
  environments?: NoticeEnvironment[];
  audiences?: NoticeAudience[];
  keywords?: string[];
}

/** The notice after an update, and the fields it changed besides the status (in the order the history shows them). */
export interface RevisedNotice {
  notice: Notice;
  changed: string[];
}

type Revisable = Exclude<keyof NoticeRevision, 'status'>;
const Revisable: readonly Revisable[] = ['severity', 'title', 'expectedEndAt', 'components', 'environments', 'audiences', 'keywords'];

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
    const keys = new Set([...Object.keys(x), ...Object.keys(y)].filter((k) => x[k] !== undefined || y[k] !== undefined));
    return [...keys].every((k) => x[k] === y[k]);
  }
  return a === b;
}

/**
 * Applies an update to a notice: refuses a status its lifecycle does not allow
 * (`InvalidNoticeChange`), ends it (`endedAt` = `at`) when the status is an ending one, and names
 * every other field the update really changed — a field sent with the value it had is no change.
 */
export function reviseNotice(notice: Notice, revision: NoticeRevision, at: Date): RevisedNotice {
  checkStatusChange(notice, revision.status);
  const next: Notice = { ...notice, status: revision.status, endedAt: isEnding(revision.status) ? at : null };
  const changed: string[] = [];
  for (const field of Revisable) {
    const value = revision[field];
    if (value === undefined || same(value, notice[field])) continue;
    (next as unknown as Record<Revisable, unknown>)[field] = value;
    changed.push(field);
  }
  return { notice: next, changed };
}
