import { IncidentStatuses, type Language, type NoticeKind, type NoticeStatus } from '@inquiry-router/contracts/vocabulary';
import type { NoticeTextView } from '@inquiry-router/contracts/views';

// The lifecycle of libs/notices, mirrored: the console imports only the contracts' plain values and
// types, and the domain library brings the validating classes with it. The workdesk checks every
// change again (409 when a status is not allowed), so a drift here shows as a refusal, not a wrong state.

const Ending: readonly NoticeStatus[] = ['resolved', 'completed', 'cancelled'];

/** Whether the status ends the notice (nothing may follow it). */
export function isEnding(status: NoticeStatus): boolean {
  return Ending.includes(status);
}

/**
 * The statuses an update may give a notice in `from` (the current status among them: an update may
 * only add a message). An incident may skip steps or fall back; maintenance goes scheduled → in
 * progress → completed, or is cancelled before it starts; an ended notice takes none.
 */
export function nextStatuses(kind: NoticeKind, from: NoticeStatus): readonly NoticeStatus[] {
  if (isEnding(from)) return [];
  if (kind === 'incident') return IncidentStatuses;
  if (from === 'scheduled') return ['scheduled', 'in-progress', 'completed', 'cancelled'];
  return ['in-progress', 'completed'];
}

/** A notice's text in the reader's language, bokmål where that was not written. */
export function textIn(text: NoticeTextView | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.nb;
}
