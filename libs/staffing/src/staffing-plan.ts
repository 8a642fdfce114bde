import { Channels, type Channel, type ExtendedHoursProposalView, minutesOfLocalTime } from '@inquiry-router/contracts';
import { erlangStaffing, InvalidStaffingInput, withShrinkage } from './erlang-c';
import { writtenWorkload } from './written-workload';

/** One half-hour (or other interval) of a span to staff: the contacts forecast, open or not, the advisers rostered. */
export interface PlanSlot {
  start: Date;
  open: boolean;
  /** Contacts to handle in it per channel (the forecast, with what arrived while closed carried to the opening). */
  contacts: Record<Channel, number>;
  /** Advisers rostered in it, as qualified staff (a fraction where some count for less, e.g. trainees). */
  planned: number;
}

export interface StaffingPlanInput {
  /** Every interval of the span in time order, closed ones too. */
  slots: readonly PlanSlot[];
  intervalMinutes: number;
  /** Average adviser time per contact, seconds. */
  handleSeconds: Record<Channel, number>;
  /** Per channel: the target time in seconds (phone: wall-clock seconds; written: opening time) and the share to meet (phone only). */
  targets: Record<Channel, { withinSeconds: number; share: number }>;
  shrinkage: number;
}

export interface SlotRequirement {
  start: Date;
  /** Advisers at work needed per channel: phone by Erlang C, written work by the backlog model (a fraction). */
  needed: Record<Channel, number>;
  neededTotal: number;
  /** `ceil(neededTotal / (1 − shrinkage))`: advisers to roster. */
  neededWithShrinkage: number;
  planned: number;
  /** neededWithShrinkage − planned: above 0 the interval is short. */
  gap: number;
  phone: { calls: number; serviceLevel: number; asa: number; occupancy: number } | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Advisers needed in every interval of a span: calls by Erlang C in each open interval on its own
 * (the phone target and share), written channels by the backlog model over the span's opening time
 * (the work carried from one day to the next, each inquiry due its target of opening time after
 * it came), summed, and the roster that allows for shrinkage beside the one planned.
 */
export function staffingRequirements(input: StaffingPlanInput): SlotRequirement[] {
  const { slots, intervalMinutes, handleSeconds, targets, shrinkage } = input;
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new InvalidStaffingInput('shrinkage must be at least 0 and below 1');
  for (const c of Channels) {
    if (!(handleSeconds[c] > 0)) throw new InvalidStaffingInput(`handleSeconds.${c} must be above 0`);
    if (!(targets[c].withinSeconds > 0)) throw new InvalidStaffingInput(`targets.${c}.withinSeconds must be above 0`);
  }
  const openSlots = slots.map((s, i) => ({ s, i })).filter(({ s }) => s.open);
  const written: Partial<Record<Channel, Float64Array>> = {};
  for (const channel of ['email', 'social'] as const) {
    const advisers = new Float64Array(slots.length);
    if (openSlots.length > 0) {
      const plan = writtenWorkload({
        intervals: openSlots.map(({ s }) => ({ arrivals: s.contacts[channel], minutes: intervalMinutes, start: s.start })),
        handleSeconds: handleSeconds[channel],
        withinSeconds: targets[channel].withinSeconds,
      });
      plan.intervals.forEach((w, k) => (advisers[openSlots[k].i] = w.advisers));
    }
    written[channel] = advisers;
  }
  return slots.map((slot, i) => {
    let phone: SlotRequirement['phone'] = null;
    let phoneAgents = 0;
    const calls = slot.contacts.phone;
    if (slot.open && calls > 0) {
      const erlang = erlangStaffing({
        calls,
        intervalMinutes,
        ahtSeconds: handleSeconds.phone,
        target: Math.min(targets.phone.share, 0.999),
        withinSeconds: targets.phone.withinSeconds,
      });
      phoneAgents = erlang.agents;
      phone = { calls: round2(calls), serviceLevel: erlang.serviceLevel, asa: erlang.asa, occupancy: erlang.occupancy };
    }
    const needed = { phone: phoneAgents, email: round2(written.email![i]), social: round2(written.social![i]) };
    const neededTotal = round2(needed.phone + written.email![i] + written.social![i]);
    const neededWithShrinkage = withShrinkage(neededTotal, shrinkage);
    return {
      start: slot.start,
      needed,
      neededTotal,
      neededWithShrinkage,
      planned: slot.planned,
      gap: neededWithShrinkage - slot.planned,
      phone,
    };
  });
}

/** A filing deadline behind a day's demand. */
export interface DemandCause {
  deadlineId: string;
  name: string;
  date: string;
  /** How much it raises the day's contacts (the largest of its half-hours' factors). */
  factor: number;
}

/** One day's open intervals, as staffed, for `proposeExtendedHours`. */
export interface DayDemand {
  date: string;
  /** Local HH:mm of the day's normal closing (its last open interval's end). */
  closes: string;
  /** The day's open intervals: contacts forecast (all channels) and advisers needed at work. */
  slots: readonly { contacts: number; neededTotal: number }[];
  causes: readonly DemandCause[];
}

export interface ExtendedHoursPolicy {
  intervalMinutes: number;
  /** The most advisers that can be rostered in an interval. */
  maxAdvisers: number;
  shrinkage: number;
  /** Latest local HH:mm extended hours may run to. */
  latestClose: string;
  /** Adviser-hours beyond normal hours below which no extension is proposed (noise, not a shortage). */
  minimumShortfallHours: number;
}

export const defaultExtendedHoursPolicy: Omit<ExtendedHoursPolicy, 'maxAdvisers' | 'shrinkage'> = {
  intervalMinutes: 30,
  latestClose: '20:00',
  minimumShortfallHours: 1,
};

/** Extended hours for a day, as proposed: the proposal the supervisor sees, before it is stored and decided on. */
export type ExtendedHoursProposal = Omit<ExtendedHoursProposalView, 'id' | 'status'>;

const hhmmOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Extended opening hours for a day whose forecast demand the most advisers that can be rostered
 * cannot meet in normal hours: in each open interval the work beyond `maxAdvisers × (1 − shrinkage)`
 * advisers at work is the shortfall; a day short by at least `minimumShortfallHours` adviser-hours
 * is proposed as many intervals after its normal closing as that full staff needs to take the
 * shortfall (at most to `latestClose`), with the deadline that raises the day most as its cause.
 * Null when normal hours are enough.
 */
export function proposeExtendedHours(day: DayDemand, policy: ExtendedHoursPolicy): ExtendedHoursProposal | null {
  if (!(policy.maxAdvisers > 0)) throw new InvalidStaffingInput('maxAdvisers must be above 0');
  const atWork = policy.maxAdvisers * (1 - policy.shrinkage);
  const hoursPerInterval = policy.intervalMinutes / 60;
  let shortfallHours = 0;
  let contactsBeyond = 0;
  for (const slot of day.slots) {
    const excess = slot.neededTotal - atWork;
    if (excess <= 0) continue;
    shortfallHours += excess * hoursPerInterval;
    contactsBeyond += (slot.contacts * excess) / slot.neededTotal;
  }
  if (shortfallHours < policy.minimumShortfallHours) return null;
  const opens = minutesOfLocalTime(day.closes);
  const latest = minutesOfLocalTime(policy.latestClose);
  if (opens >= latest) return null;
  const intervals = Math.ceil(shortfallHours / (atWork * hoursPerInterval) - 1e-9);
  const closes = Math.min(latest, opens + intervals * policy.intervalMinutes);
  const cause = [...day.causes].sort((a, b) => b.factor - a.factor)[0];
  const beyond = Math.round(contactsBeyond);
  const staff = `${policy.maxAdvisers} advisers (${Math.round(atWork * 10) / 10} at work after ${Math.round(policy.shrinkage * 100)} % shrinkage)`;
  const reason =
    `about ${beyond} contacts forecast beyond what ${staff} can take by ${day.closes}` +
    (cause ? `: ${cause.name} (${cause.date}) raises the day's contacts ×${Math.round(cause.factor * 100) / 100}` : '');
  return {
    date: day.date,
    opens: day.closes,
    closes: hhmmOf(closes),
    reason,
    deadline: cause ? { deadlineId: cause.deadlineId, name: cause.name, date: cause.date } : null,
    contactsBeyondNormalHours: beyond,
  };
}
