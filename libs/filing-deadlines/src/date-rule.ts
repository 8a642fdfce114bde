import { Info } from 'luxon';
import { type Channel, Channels, type DateRuleView, NamedError } from '@inquiry-router/contracts';

/**
 * When a filing deadline falls, as a rule:
 * - `yearly`: the same date every year ("30 April"; `day: 'last'` for "the last day of February");
 * - `monthly`: day N (or the last day) of every month, or only of the listed `months` — every other
 *   month, as the VAT terms, is `months: [2, 4, 6, 8, 10, 12]`.
 * With `moveTo: 'next-working-day'` a date on a weekend or public holiday moves to the next working
 * day, as the Norwegian deadlines do (skatteforvaltningsloven § 4-1); without it the date stays.
 * Its shape is the contracts' `DateRuleView`, written once: the console sends it, the workdesk answers it.
 */
export type DateRule = DateRuleView;

/** A day of a month: 1–31, or the last day of the month whatever its length. */
export type DayOfMonth = DateRule['day'];

/** What happens when the date falls on a Saturday, Sunday or Norwegian public holiday. */
export type MoveRule = NonNullable<DateRule['moveTo']>;

/** A deadline as supervisors keep it: whose form or service, when, and which channels it fills. */
export interface FilingDeadline {
  id: string;
  /** Agency code of the routing policy (`skd`, `brg`, `nav`, …). */
  agency: string;
  /** The form or service, as people call it ("a-melding", "skattemelding for personer"). */
  name: string;
  rule: DateRule;
  /** The channels whose volume rises before it. */
  channels: Channel[];
  active: boolean;
  notes: string | null;
}

/** A rule, or the list of channels, that cannot be used; the message says why. */
export class InvalidDeadlineRule extends NamedError {}

/** English month names for rule texts and refusals (English is in every Node build's ICU data). */
const MonthNames = Info.months('long', { locale: 'en' });

/** Days in each month of a leap year: a day that exists in no year of that month is refused. */
const longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isMonth = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12;

function dayOf(value: unknown, where: string): DayOfMonth {
  if (value === 'last') return 'last';
  if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 31) return value as number;
  throw new InvalidDeadlineRule(`${where} must be a day of the month 1–31 or "last"`);
}

function onlyKeys(rule: Record<string, unknown>, allowed: string[]): void {
  const unknown = Object.keys(rule).filter((key) => !allowed.includes(key));
  if (unknown.length > 0)
    throw new InvalidDeadlineRule(`rule.${unknown[0]} is not a field of a ${String(rule.kind)} rule (${allowed.join(', ')})`);
}

/**
 * A date rule from JSON (an API body, a stored row), checked field by field. A day that does not
 * exist in the month (30 February; the 31st of every month) is refused with a hint to use "last";
 * 29 February is refused too, since most years have none.
 */
export function parseDateRule(input: unknown): DateRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InvalidDeadlineRule('rule must be an object');
  const rule = input as Record<string, unknown>;
  if (rule.moveTo !== undefined && rule.moveTo !== 'next-working-day') {
    throw new InvalidDeadlineRule('rule.moveTo must be "next-working-day" or left out (the date stays on weekends and holidays)');
  }
  const moveTo = rule.moveTo === 'next-working-day' ? { moveTo: 'next-working-day' as const } : {};
  if (rule.kind === 'yearly') {
    onlyKeys(rule, ['kind', 'month', 'day', 'moveTo']);
    if (!isMonth(rule.month)) throw new InvalidDeadlineRule('rule.month must be a month 1–12');
    const day = dayOf(rule.day, 'rule.day');
    if (day !== 'last' && day > longestMonth[rule.month - 1]) {
      throw new InvalidDeadlineRule(`${MonthNames[rule.month - 1]} has no day ${day}; use "last" for its last day`);
    }
    if (rule.month === 2 && day === 29)
      throw new InvalidDeadlineRule('29 February is not in every year; use "last" for the last day of February');
    return { kind: 'yearly', month: rule.month, day, ...moveTo };
  }
  if (rule.kind === 'monthly') {
    onlyKeys(rule, ['kind', 'day', 'months', 'moveTo']);
    const day = dayOf(rule.day, 'rule.day');
    let months: number[] | undefined;
    if (rule.months !== undefined) {
      if (!Array.isArray(rule.months) || rule.months.length === 0 || !rule.months.every(isMonth)) {
        throw new InvalidDeadlineRule('rule.months must be a non-empty list of months 1–12 (left out: every month)');
      }
      months = [...new Set(rule.months)].sort((a, b) => a - b);
    }
    if (day !== 'last') {
      const short = (months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).find((m) => day > (m === 2 ? 28 : longestMonth[m - 1]));
      if (short !== undefined)
        throw new InvalidDeadlineRule(`${MonthNames[short - 1]} has no day ${day} in every year; use "last" for the last day`);
    }
    return { kind: 'monthly', day, ...(months ? { months } : {}), ...moveTo };
  }
  throw new InvalidDeadlineRule(
    'rule.kind must be "yearly" (a date each year) or "monthly" (a day of every month, or of the listed months)',
  );
}

/** The channels a deadline affects: known channels, at least one, each once. */
export function parseChannels(input: unknown): Channel[] {
  if (!Array.isArray(input) || input.length === 0)
    throw new InvalidDeadlineRule(`channels must be a non-empty list of ${Channels.join(', ')}`);
  const list: unknown[] = input;
  const unknown = list.find((c) => !(Channels as readonly unknown[]).includes(c));
  if (unknown !== undefined) throw new InvalidDeadlineRule(`channels: ${JSON.stringify(unknown)} is not one of ${Channels.join(', ')}`);
  return Channels.filter((c) => list.includes(c));
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function listed(words: string[]): string {
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The rule in words: "30 April each year", "the 5th of every month", "the last day of February each year". */
export function describeDateRule(rule: DateRule): string {
  let text: string;
  if (rule.kind === 'yearly') {
    text =
      rule.day === 'last'
        ? `the last day of ${MonthNames[rule.month - 1]} each year`
        : `${rule.day} ${MonthNames[rule.month - 1]} each year`;
  } else {
    const day = rule.day === 'last' ? 'the last day' : `the ${ordinal(rule.day)}`;
    text = rule.months ? `${day} of ${listed(rule.months.map((m) => MonthNames[m - 1]))}` : `${day} of every month`;
  }
  return rule.moveTo === 'next-working-day' ? `${text}, or the next working day after a weekend or public holiday` : text;
}
