// The filing-deadline calendar as the workdesk answers it (`/api/planning/deadlines`) and the
// console's planner page keeps it. Plain types only: the console imports them.
import type { Channel } from '../vocabulary';

/**
 * When a filing deadline falls: the same date each year (`day: 'last'`: the month's last day), or a
 * day of every month or of the listed `months`; with `moveTo: 'next-working-day'` a date on a weekend
 * or public holiday moves to the next working day. The domain (`libs/filing-deadlines`) reads and
 * answers this shape, and the console writes it.
 */
export type DateRuleView =
  | { kind: 'yearly'; month: number; day: number | 'last'; moveTo?: 'next-working-day' }
  | { kind: 'monthly'; day: number | 'last'; months?: number[]; moveTo?: 'next-working-day' };

/** One date a deadline falls on. */
export interface DeadlineOccurrenceView {
  deadlineId: string;
  agency: string;
  name: string;
  channels: Channel[];
  /** The date it falls on (Europe/Oslo, YYYY-MM-DD), after any move. */
  date: string;
  /** The date its rule gives. */
  ruleDate: string;
  /** The weekdays and public holidays it was moved over, in order. */
  movedOver: string[];
}

/** A deadline, with when it falls in the range asked for (none when inactive). */
export interface FilingDeadlineView {
  id: string;
  agency: string;
  name: string;
  rule: DateRuleView;
  /** The rule in words. */
  ruleText: string;
  channels: Channel[];
  active: boolean;
  notes: string | null;
  occurrences: DeadlineOccurrenceView[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** `GET /api/planning/deadlines`: the deadlines, and every occurrence of the active ones in the range, by date. */
export interface FilingDeadlineListView {
  from: string;
  to: string;
  deadlines: FilingDeadlineView[];
  occurrences: DeadlineOccurrenceView[];
}

/** `GET /api/planning/deadlines/audit`: one change to the calendar, with the fields before (null when created) and after. */
export interface FilingDeadlineAuditEntryView {
  id: string;
  at: string;
  actor: string;
  action: 'created' | 'updated' | 'deactivated';
  deadlineId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** `POST /api/planning/deadlines`: a new deadline; the workdesk checks the rule and the agency. */
export interface NewFilingDeadline {
  agency: string;
  name: string;
  rule: DateRuleView;
  channels: Channel[];
  notes?: string;
}

/**
 * `PUT /api/planning/deadlines/:id`: the fields given replace the deadline's, those left out stay;
 * `notes: null` removes the notes, `active: false` deactivates it and `true` brings it back.
 */
export interface FilingDeadlineChange extends Partial<Omit<NewFilingDeadline, 'notes'>> {
  active?: boolean;
  notes?: string | null;
}
