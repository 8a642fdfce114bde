// The opening-hours calendar as the workdesk answers it (`/api/opening-hours`) and the console's
// opening-hours page shows it, and the orders it takes. Plain types only: the console imports them.

/** A supervisor's order: extended hours, or a closure (times null: the whole day). */
export interface OpeningExceptionView {
  id: string;
  kind: 'extended' | 'closed';
  /** Local date in Europe/Oslo. */
  date: string;
  /** HH:mm Oslo time. */
  opens: string | null;
  closes: string | null;
  reason: string;
  orderedBy: string;
  createdAt: string;
}

/** When the support is open, as ISO instants (UTC). */
export interface OpeningSpanView {
  start: string;
  end: string;
}

/** One date: its public holiday, when it is open (empty: closed all day) and the orders that apply. */
export interface OpeningDayView {
  date: string;
  holiday: string | null;
  spans: OpeningSpanView[];
  exceptions: OpeningExceptionView[];
}

/** `GET /api/opening-hours`: date by date, in the support's time zone. */
export interface OpeningHoursView {
  zone: string;
  days: OpeningDayView[];
}

/** `GET /api/opening-hours/status`: open now? When it closes, or when it opens next (null: not within a year). */
export interface OpeningStatusView {
  at: string;
  open: boolean;
  closesAt: string | null;
  nextOpening: string | null;
}

/** `POST /api/opening-hours/exceptions`: extended hours or a closure on one Oslo date (times HH:mm; a closure without them: the whole day). */
export interface OpeningExceptionOrder {
  kind: 'extended' | 'closed';
  /** Local date in Europe/Oslo (YYYY-MM-DD). */
  date: string;
  opens?: string;
  closes?: string;
  reason: string;
}
