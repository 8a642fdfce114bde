import type { Channel } from '@inquiry-router/contracts';
import { OpeningCalendar } from './calendar';
import { InvalidCalendarError } from './opening-hours';
import { addOpeningTime, workingDays } from './opening-time';

export const ServiceLevelUnits = ['seconds', 'opening-hours', 'working-days'] as const;
export type ServiceLevelUnit = (typeof ServiceLevelUnits)[number];

/**
 * "80 % answered within 60 seconds", "within 4 opening hours", "within 2 working days": always
 * counted in opening time.
 */
export interface ServiceLevelTarget {
  within: number;
  unit: ServiceLevelUnit;
  /** The warning comes when this share of the target is left (0.2: at 80 % of the target). */
  warnFraction: number;
  /**
   * The share of inquiries that must be answered within the target (0.8: 80 %; above 0, at most 1):
   * what staffing plans for. Each inquiry's own due time is `within` alone.
   */
  share: number;
}

/** One row of the policy: a target for a channel in a queue, or in every queue (`queue: '*'`). */
export interface ServiceLevelRule extends ServiceLevelTarget {
  queue: string;
  channel: string;
}

/**
 * The one source of the default targets, in every queue: 80 % of calls answered within 60 s, 80 %
 * of social messages within 4 opening hours, 90 % of emails within 2 working days. Stored targets
 * (table `service_level_targets`, seeded with these by migrations) replace them; the queue score
 * and the acknowledgements derive theirs from these.
 *
 * The shares: 80 % for calls is the usual call-centre convention (80/20), kept with the longer
 * 60 s a public service's callers accept; an interval of random arrivals cannot promise much more
 * without paying for idle advisers at every peak. Social messages are answered while the inquirer
 * may still be looking, so they plan like calls. Emails wait in a backlog that advisers work down
 * over two days, so peaks are smoothed by the plan rather than by spare staff, and 90 % costs little
 * more than 80 %: the few that miss are those received just before a long closure.
 */
export const DefaultServiceLevelTargets: Readonly<Record<Channel, ServiceLevelTarget>> = {
  phone: { within: 60, unit: 'seconds', warnFraction: 0.2, share: 0.8 },
  social: { within: 4, unit: 'opening-hours', warnFraction: 0.2, share: 0.8 },
  email: { within: 2, unit: 'working-days', warnFraction: 0.2, share: 0.9 },
};

/** The share a target asks for when a rule does not say: the channel's default, else 80 %. */
export function defaultShare(channel: string): number {
  return (DefaultServiceLevelTargets as Readonly<Record<string, ServiceLevelTarget | undefined>>)[channel]?.share ?? 0.8;
}

/** The defaults as policy rows. */
export const DefaultServiceLevels: readonly ServiceLevelRule[] = (
  Object.entries(DefaultServiceLevelTargets) as [Channel, ServiceLevelTarget][]
).map(([channel, target]) => ({ queue: '*', channel, ...target }));

/**
 * The target for an inquiry of `channel` in `queue` (null: not yet in a queue, as when it is
 * acknowledged): the queue's own rule, else the rule for every queue, else the defaults.
 */
export function serviceLevelTargetFor(
  rules: readonly ServiceLevelRule[],
  queue: string | null,
  channel: string,
): ServiceLevelTarget | null {
  const pick = (list: readonly ServiceLevelRule[]) =>
    (queue ? list.find((r) => r.queue === queue && r.channel === channel) : undefined) ??
    list.find((r) => r.queue === '*' && r.channel === channel);
  const rule = pick(rules) ?? pick(DefaultServiceLevels);
  return rule ? { within: rule.within, unit: rule.unit, warnFraction: rule.warnFraction, share: rule.share } : null;
}

/** The target as opening time, in milliseconds. */
export function targetDuration(target: ServiceLevelTarget, calendar: OpeningCalendar): number {
  switch (target.unit) {
    case 'seconds':
      return target.within * 1000;
    case 'opening-hours':
      return target.within * 3_600_000;
    case 'working-days':
      return workingDays(target.within, calendar);
  }
}

/**
 * A target as wall-clock seconds, for estimates made without the calendar (an inquiry's place in
 * its queue before it carries a due time): an opening hour counts as an hour, a working day as a day.
 */
export function nominalSeconds(target: Pick<ServiceLevelTarget, 'within' | 'unit'>): number {
  switch (target.unit) {
    case 'seconds':
      return target.within;
    case 'opening-hours':
      return target.within * 3600;
    case 'working-days':
      return target.within * 86_400;
  }
}

export interface DueTimes {
  /** When the answer is due. */
  dueAt: Date;
  /** When the warning is due: `warnFraction` of the target is left. */
  warnAt: Date;
}

/** When an inquiry received at `receivedAt` is due, and when to warn, counted in opening time. */
export function dueTimes(receivedAt: Date, target: ServiceLevelTarget, calendar: OpeningCalendar): DueTimes {
  const duration = targetDuration(target, calendar);
  return {
    dueAt: addOpeningTime(receivedAt, duration, calendar),
    warnAt: addOpeningTime(receivedAt, Math.round(duration * (1 - target.warnFraction)), calendar),
  };
}

/** `"2 working-days"`: how a target reads in records and events. */
export function describeTarget(target: ServiceLevelTarget): string {
  return `${target.within} ${target.unit}`;
}

/**
 * Service-level rules from configuration or a table, checked field by field (the place and
 * field that is wrong are named).
 */
export function parseServiceLevelRules(input: unknown): ServiceLevelRule[] {
  if (!Array.isArray(input)) throw new InvalidCalendarError('service-level rules must be a JSON array');
  return input.map((raw, i): ServiceLevelRule => {
    const where = `service-level rule ${i}`;
    if (typeof raw !== 'object' || raw === null) throw new InvalidCalendarError(`${where} must be an object`);
    const r = raw as Record<string, unknown>;
    const queue = r.queue ?? '*';
    if (typeof queue !== 'string' || queue.length === 0) throw new InvalidCalendarError(`${where}: queue must be a queue name or "*"`);
    if (typeof r.channel !== 'string' || r.channel.length === 0) throw new InvalidCalendarError(`${where}: channel must be a channel name`);
    const within = Number(r.within);
    if (!Number.isFinite(within) || within <= 0) throw new InvalidCalendarError(`${where}: within must be a number above 0`);
    if (!ServiceLevelUnits.includes(r.unit as ServiceLevelUnit))
      throw new InvalidCalendarError(`${where}: unit must be one of ${ServiceLevelUnits.join(', ')}`);
    const warnFraction = r.warnFraction === undefined ? 0.2 : Number(r.warnFraction);
    if (!Number.isFinite(warnFraction) || warnFraction < 0 || warnFraction >= 1)
      throw new InvalidCalendarError(`${where}: warnFraction must be at least 0 and below 1`);
    const share = r.share === undefined ? defaultShare(r.channel) : Number(r.share);
    if (!Number.isFinite(share) || share <= 0 || share > 1)
      throw new InvalidCalendarError(`${where}: share must be above 0 and at most 1 (0.8: 80 % within the target)`);
    return { queue, channel: r.channel, within, unit: r.unit as ServiceLevelUnit, warnFraction, share };
  });
}
