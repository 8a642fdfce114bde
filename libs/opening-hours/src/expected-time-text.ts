import { DateTime } from 'luxon';
import { type Language, SupportTimeZone } from '@inquiry-router/contracts';
import type { ServiceLevelTarget } from './service-levels';

const Weekdays: Record<Language, string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const NorwegianMonths = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const EnglishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A moment as a person reads it in their language, in the calendar's zone:
 * "onsdag 8. april kl. 15:30" (nb), "tysdag 7. april kl. 10:00" (nn), "Wednesday 8 April at 15:30" (en).
 * Written out by hand so it does not depend on the ICU data the Node build happens to have.
 */
export function expectedTimeText(at: Date, language: Language, zone = SupportTimeZone): string {
  const t = DateTime.fromJSDate(at, { zone });
  const weekday = Weekdays[language][t.weekday - 1];
  const clock = t.toFormat('HH:mm');
  if (language === 'en') return `${weekday} ${t.day} ${EnglishMonths[t.month - 1]} at ${clock}`;
  return `${weekday} ${t.day}. ${NorwegianMonths[t.month - 1]} kl. ${clock}`;
}

const Numbers: Record<Language, string[]> = {
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'],
  nn: ['null', 'éin', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

const Units: Record<Language, Record<ServiceLevelTarget['unit'], [string, string]>> = {
  nb: {
    seconds: ['sekund', 'sekunder'],
    'opening-hours': ['time i åpningstiden', 'timer i åpningstiden'],
    'working-days': ['virkedag', 'virkedager'],
  },
  nn: {
    seconds: ['sekund', 'sekund'],
    'opening-hours': ['time i opningstida', 'timar i opningstida'],
    'working-days': ['arbeidsdag', 'arbeidsdagar'],
  },
  en: {
    seconds: ['second', 'seconds'],
    'opening-hours': ['opening hour', 'opening hours'],
    'working-days': ['working day', 'working days'],
  },
};

/** A target as words: "to virkedager", "4 timar i opningstida", "two working days". */
export function targetText(target: Pick<ServiceLevelTarget, 'within' | 'unit'>, language: Language): string {
  const n = target.within;
  // Working days read best in words ("to virkedager"); hours and seconds as figures ("4 timer").
  const amount =
    target.unit === 'working-days' && Number.isInteger(n) && n <= 10
      ? Numbers[language][n]
      : String(n).replace('.', language === 'en' ? '.' : ',');
  const [one, many] = Units[language][target.unit];
  return `${amount} ${n === 1 ? one : many}`;
}

/** When an answer can be expected: the due time under a channel's service level, and its target. */
export interface ExpectedAnswer {
  by: Date;
  target: Pick<ServiceLevelTarget, 'within' | 'unit'>;
  /** The zone `by` is written in. */
  zone: string;
}

/**
 * The promise of an acknowledgement in words: the target ("to virkedager") and, when the due time
 * is known, that time; without one, the channel's default target alone.
 */
export function expectedAnswerText(
  expected: ExpectedAnswer | null,
  defaultTarget: Pick<ServiceLevelTarget, 'within' | 'unit'>,
  language: Language,
): { within: string; by: string | null } {
  return {
    within: targetText(expected?.target ?? defaultTarget, language),
    by: expected ? expectedTimeText(expected.by, language, expected.zone) : null,
  };
}
