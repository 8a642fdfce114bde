// Workforce planning as the workdesk answers it (`/api/planning/...`) and the console's planner
// page shows it. Plain types only: the console imports them.
import type { Channel, CompetenceAreaKind, CompetenceLevel } from '../vocabulary';

/** A filing deadline's share in a half-hour's forecast. */
export interface PlanningDeadlineCauseView {
  deadlineId: string;
  name: string;
  agency: string;
  /** The deadline's (moved) local date, YYYY-MM-DD. */
  date: string;
  /** Working days from the deadline: −2 two working days before, 0 its day. */
  offset: number;
  factor: number;
}

/** One channel in one half-hour: the forecast, explained, and what really came (null: not yet, or in the future). */
export interface PlanningForecastIntervalView {
  channel: Channel;
  /** Start of the half-hour, ISO 8601 UTC. */
  start: string;
  /** Local (Europe/Oslo) date and HH:mm it starts. */
  date: string;
  time: string;
  forecast: number;
  actual: number | null;
  base: number;
  seasonal: { weekly: number; daily: number; yearly: number };
  deadline: { factor: number; causes: PlanningDeadlineCauseView[] };
  /** Why the support is closed then (a holiday, a closure, outside opening hours), null when open. */
  closed: string | null;
}

/** Advisers needed and planned in one half-hour, all channels together. */
export interface PlanningStaffingIntervalView {
  start: string;
  date: string;
  time: string;
  /** Advisers needed per channel before shrinkage: phone by Erlang C, email and social by the workload that meets their targets. */
  needed: Record<Channel, number>;
  /** The sum, then with the shrinkage allowance on top (what must be rostered). */
  neededTotal: number;
  neededWithShrinkage: number;
  /** Advisers rostered for the half-hour as qualified staff: a trainee counts for a share (`TraineeStaffFactor`, 0.5). */
  planned: number;
  /** Advisers on shift in the half-hour, heads; of them in training and mentors where their shift reaches. */
  rostered: number;
  trainees: number;
  mentors: number;
  /** neededWithShrinkage − planned: above 0 the half-hour is short of advisers. */
  gap: number;
  /** Calls by Erlang C with the needed advisers: service level (fraction), average speed of answer (s), occupancy. */
  phone: { calls: number; serviceLevel: number; asa: number; occupancy: number } | null;
}

/** A simulated day with the planned advisers, beside what Erlang C promises. */
export interface PlanningSimulationView {
  date: string;
  /** Per channel: the share answered within target, the average speed of answer (s), contacts abandoned. */
  simulated: Record<Channel, { offered: number; serviceLevel: number | null; asa: number | null; abandoned: number }>;
  erlangServiceLevel: number | null;
}

/** A proposal of extended opening hours where the forecast cannot be met in normal hours. */
export interface ExtendedHoursProposalView {
  id: string;
  /** Local date and HH:mm from–to of the extended hours. */
  date: string;
  opens: string;
  closes: string;
  /** Why, in words, and the deadline behind it (null when no deadline explains it). */
  reason: string;
  deadline: { deadlineId: string; name: string; date: string } | null;
  /** Contacts forecast beyond what normal hours can take with the rostered advisers. */
  contactsBeyondNormalHours: number;
  status: 'proposed' | 'accepted' | 'dismissed';
}

export interface PlanningDeadlineMarkView {
  deadlineId: string;
  name: string;
  agency: string;
  date: string;
}

/** What the planner page shows for a span of days. */
export interface PlanningOverviewView {
  /** First and last local date shown (inclusive). */
  from: string;
  to: string;
  /** The history the forecast learned from, and whether any of it was generated (`npm run history:generate`). */
  history: { from: string | null; to: string | null; generated: boolean };
  shrinkage: number;
  forecast: PlanningForecastIntervalView[];
  staffing: PlanningStaffingIntervalView[];
  deadlines: PlanningDeadlineMarkView[];
  proposals: ExtendedHoursProposalView[];
}

/** One adviser's planned shift. */
export interface RosterShiftView {
  id: string;
  adviserId: string;
  adviserName: string;
  date: string;
  /** Local HH:mm. */
  from: string;
  to: string;
  /** What the adviser may take in the shift (as the adviser's skills: queues, channels, languages). */
  queues: string[];
  channels: Channel[];
  languages: string[];
  /** The adviser's competence levels (the competences register), and what the shift counts for in the staffing. */
  competences: RosterCompetenceView[];
  /** 1 for qualified staff; less where the adviser trains in the shift's areas. */
  staffWeight: number;
}

/** One of a rostered adviser's competence levels. */
export interface RosterCompetenceView {
  areaKind: CompetenceAreaKind;
  area: string;
  level: CompetenceLevel;
}
