import type { Channel, Language, QueueName, TechnicalCategory } from '@inquiry-router/contracts';
import type { SeededRandom } from './random';

/**
 * How generated contacts were handled: where they were routed, how long they waited and how long
 * advisers worked on them. Private to the generator, as the demand shape is.
 */

export type Route = { kind: 'queue'; queue: QueueName } | { kind: 'agency' };

const routeMix: Record<Channel, Record<'first-line' | 'second-line' | 'servicedesk' | 'agency', number>> = {
  phone: { 'first-line': 0.78, 'second-line': 0.06, servicedesk: 0.04, agency: 0.12 },
  email: { 'first-line': 0.5, 'second-line': 0.08, servicedesk: 0.1, agency: 0.32 },
  social: { 'first-line': 0.8, 'second-line': 0.03, servicedesk: 0.02, agency: 0.15 },
};

/** Agencies' shares of the forwarded contacts on an ordinary day. */
export const AgencyShares: Readonly<Record<string, number>> = {
  skd: 0.4,
  nav: 0.2,
  brg: 0.15,
  ssb: 0.08,
  svv: 0.07,
  mat: 0.04,
  atil: 0.03,
  ldir: 0.03,
};

/** Of the contacts a deadline brings, the share that is about its subject and goes to its agency. */
export const DeadlineForwardShare = 0.45;

const languages: Record<Language, number> = { nb: 0.85, nn: 0.07, en: 0.08 };

/** First-line contacts that turn out to need the second line, after a first look. */
const escalationShare = 0.07;

const categories: Partial<Record<TechnicalCategory, number>> = {
  login: 0.3,
  'roles-rights': 0.2,
  'form-filling': 0.15,
  submission: 0.1,
  'find-service': 0.08,
  inbox: 0.06,
  attachments: 0.04,
  signing: 0.04,
  other: 0.03,
};

const caseTypes = { support: 0.6, feil: 0.3, bestilling: 0.1 };

/** Handle time by channel and queue: median minutes and the spread (σ of the logarithm). */
const handleMinutes: Record<Channel, Record<QueueName, [number, number]>> = {
  phone: { 'first-line': [5.5, 0.5], 'second-line': [11, 0.55], servicedesk: [14, 0.6] },
  email: { 'first-line': [9, 0.6], 'second-line': [18, 0.6], servicedesk: [25, 0.65] },
  social: { 'first-line': [4, 0.55], 'second-line': [9, 0.6], servicedesk: [12, 0.6] },
};

/** Mean wait before an adviser accepts, in opening time, on an ordinary day (busier days wait longer). */
const meanWaitMs: Record<Channel, number> = { phone: 75_000, email: 4 * 3_600_000, social: 35 * 60_000 };
const longestWaitMs: Record<Channel, number> = { phone: 20 * 60_000, email: 20 * 3_600_000, social: 6 * 3_600_000 };

/** Advisers by the lines they work: about 40 in all. */
export const AdviserPool: Readonly<Record<QueueName, readonly string[]>> = {
  'first-line': Array.from({ length: 28 }, (_, i) => `gen-adviser-${String(i + 1).padStart(2, '0')}`),
  'second-line': Array.from({ length: 8 }, (_, i) => `gen-adviser-${String(i + 29).padStart(2, '0')}`),
  servicedesk: Array.from({ length: 5 }, (_, i) => `gen-adviser-${String(i + 37).padStart(2, '0')}`),
};

export function pickRoute(random: SeededRandom, channel: Channel): Route {
  const target = random.pick(routeMix[channel]);
  return target === 'agency' ? { kind: 'agency' } : { kind: 'queue', queue: target };
}

export const pickLanguage = (random: SeededRandom): Language => random.pick(languages);
export const pickCategory = (random: SeededRandom): TechnicalCategory => random.pick(categories as Record<TechnicalCategory, number>);
export const pickCaseType = (random: SeededRandom): string => random.pick(caseTypes);
export const escalates = (random: SeededRandom): boolean => random.next() < escalationShare;

export function pickAdviser(random: SeededRandom, queue: QueueName): string {
  const pool = AdviserPool[queue];
  return pool[Math.floor(random.next() * pool.length)];
}

/** How long an adviser worked on it, in ms. */
export function handleTimeMs(random: SeededRandom, channel: Channel, queue: QueueName): number {
  const [median, sigma] = handleMinutes[channel][queue];
  return Math.max(30_000, Math.round(random.logNormal(median, sigma) * 60_000));
}

/** Opening time an inquiry waited for an adviser; longer on busy days (`busy` 1: ordinary). */
export function waitMs(random: SeededRandom, channel: Channel, busy: number): number {
  const wait = random.exponential(meanWaitMs[channel] * (1 + 1.5 * Math.max(0, busy - 1)));
  return Math.min(longestWaitMs[channel] * busy, Math.max(1_000, Math.round(wait)));
}

/** How long an agency took to acknowledge and to answer a forwarded inquiry, in opening time. */
export function agencyTimesMs(random: SeededRandom): { acknowledge: number; answer: number } {
  const acknowledge = Math.round(random.exponential(3 * 3_600_000)) + 60_000;
  return { acknowledge, answer: acknowledge + Math.round(random.logNormal(2 * 7.5 * 3_600_000, 0.7)) };
}
