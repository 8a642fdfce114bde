import type {
  ExtendedHoursProposalView,
  PlanningForecastIntervalView,
  PlanningOverviewView,
  PlanningSimulationView,
  PlanningStaffingIntervalView,
  RosterShiftView,
} from '@inquiry-router/contracts/views';
import type { Channel } from '@inquiry-router/contracts/vocabulary';

// Figures the planning specs render: two days, the second an A-melding deadline day, 07:30 closed.

const slots = [
  { start: '2026-01-04T06:30:00.000Z', date: '2026-01-04', time: '07:30', closed: 'utenfor åpningstid' },
  { start: '2026-01-04T07:00:00.000Z', date: '2026-01-04', time: '08:00', closed: null },
  { start: '2026-01-05T07:00:00.000Z', date: '2026-01-05', time: '08:00', closed: null },
  { start: '2026-01-05T07:30:00.000Z', date: '2026-01-05', time: '08:30', closed: null },
];

const deadlineCause = { deadlineId: 'd-1', name: 'A-melding', agency: 'skd', date: '2026-01-05', offset: 0, factor: 1.8 };

function interval(slot: (typeof slots)[number], channel: Channel, forecast: number, actual: number | null): PlanningForecastIntervalView {
  const onDeadline = slot.date === '2026-01-05';
  return {
    channel,
    start: slot.start,
    date: slot.date,
    time: slot.time,
    forecast: slot.closed ? 0 : forecast,
    actual: slot.closed ? null : actual,
    base: 10,
    seasonal: { weekly: 1.1, daily: 0.9, yearly: 1 },
    deadline: onDeadline ? { factor: 1.8, causes: [deadlineCause] } : { factor: 1, causes: [] },
    closed: slot.closed,
  };
}

function staffing(slot: (typeof slots)[number], needed: number, planned: number): PlanningStaffingIntervalView {
  return {
    start: slot.start,
    date: slot.date,
    time: slot.time,
    needed: { phone: needed * 0.6, email: needed * 0.3, social: needed * 0.1 },
    neededTotal: needed,
    neededWithShrinkage: needed * 1.25,
    planned,
    rostered: planned,
    trainees: 0,
    mentors: 0,
    gap: needed * 1.25 - planned,
    phone: slot.closed ? null : { calls: needed * 4, serviceLevel: 0.8, asa: 20, occupancy: 0.85 },
  };
}

export const proposal: ExtendedHoursProposalView = {
  id: 'p-1',
  date: '2026-01-05',
  opens: '15:30',
  closes: '18:00',
  reason: 'A-melding, "frist" i dag',
  deadline: { deadlineId: 'd-1', name: 'A-melding', date: '2026-01-05' },
  contactsBeyondNormalHours: 42,
  status: 'proposed',
};

export const overview: PlanningOverviewView = {
  from: '2026-01-04',
  to: '2026-01-05',
  history: { from: '2025-01-01', to: '2026-01-03', generated: true },
  shrinkage: 0.25,
  forecast: slots.flatMap((s, n) => [
    interval(s, 'phone', 12 + n, n < 2 ? 11 : null),
    interval(s, 'email', 6.5, null),
    interval(s, 'social', 1, null),
  ]),
  staffing: [staffing(slots[0], 0, 0), staffing(slots[1], 4, 5), staffing(slots[2], 8, 6), staffing(slots[3], 8, 10)],
  deadlines: [{ deadlineId: 'd-1', name: 'A-melding', agency: 'skd', date: '2026-01-05' }],
  proposals: [proposal],
};

export const simulation: PlanningSimulationView = {
  date: '2026-01-04',
  simulated: {
    phone: { offered: 120, serviceLevel: 0.78, asa: 24.4, abandoned: 3 },
    email: { offered: 40, serviceLevel: 0.95, asa: null, abandoned: 0 },
    social: { offered: 8, serviceLevel: 1, asa: null, abandoned: 0 },
  },
  erlangServiceLevel: 0.81,
};

const shift = { date: '2026-01-05', from: '08:00', to: '15:30', channels: ['phone', 'email'] as Channel[], languages: [] };

/** A trainee in login with a mentor there, and an adviser with no competences recorded. */
export const rosterShifts: RosterShiftView[] = [
  {
    ...shift,
    id: 's-1',
    adviserId: 'tove',
    adviserName: 'tove',
    queues: ['first-line'],
    competences: [
      { areaKind: 'category', area: 'login', level: 'in-training' },
      { areaKind: 'queue', area: 'first-line', level: 'qualified' },
    ],
    staffWeight: 0.5,
  },
  {
    ...shift,
    id: 's-2',
    adviserId: 'mia',
    adviserName: 'mia',
    queues: [],
    competences: [{ areaKind: 'category', area: 'login', level: 'mentor' }],
    staffWeight: 1,
  },
  { ...shift, id: 's-3', adviserId: 'ola', adviserName: 'ola', queues: ['second-line'], competences: [], staffWeight: 1 },
];
