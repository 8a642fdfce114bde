import type { Channel } from '@inquiry-router/contracts';
import type { DateRule } from './date-rule';

/** A deadline as it is seeded: everything but its id, which the store gives. */
export interface FilingDeadlineSeed {
  agency: string;
  name: string;
  rule: DateRule;
  channels: Channel[];
  notes: string;
}

const moved = { moveTo: 'next-working-day' } as const;
const allChannels: Channel[] = ['phone', 'email', 'social'];

/**
 * The well-known Norwegian filing deadlines that fill the support's queues, with the agency codes
 * of the default routing policy. Every one moves to the next working day when it falls on a
 * weekend or public holiday. The VAT terms (two months each) are due the 10th of the second month
 * after the term, except the third (May–June), due 31 August.
 */
export const NorwegianFilingDeadlines: readonly FilingDeadlineSeed[] = [
  {
    agency: 'skd',
    name: 'a-melding',
    rule: { kind: 'monthly', day: 5, ...moved },
    channels: allChannels,
    notes:
      'Employers report pay, tax deductions and employment for the month before. The a-ordning is shared by Skatteetaten, NAV (employment relationships) and SSB.',
  },
  {
    agency: 'skd',
    name: 'mva-melding, terms 1, 2, 4, 5 and 6',
    rule: { kind: 'monthly', day: 10, months: [2, 4, 6, 10, 12], ...moved },
    channels: ['phone', 'email'],
    notes:
      'Two-monthly VAT terms: the 6th term (November–December) is due 10 February, the 1st 10 April, the 2nd 10 June, the 4th 10 October, the 5th 10 December.',
  },
  {
    agency: 'skd',
    name: 'mva-melding, term 3',
    rule: { kind: 'yearly', month: 8, day: 31, ...moved },
    channels: ['phone', 'email'],
    notes: 'The May–June VAT term is due 31 August, after the summer holidays.',
  },
  {
    agency: 'skd',
    name: 'aksjonærregisteroppgaven (RF-1086)',
    rule: { kind: 'yearly', month: 1, day: 31, ...moved },
    channels: ['phone', 'email'],
    notes: 'Limited companies report their shareholders and share transactions of the year before.',
  },
  {
    agency: 'skd',
    name: 'tredjepartsopplysninger',
    rule: { kind: 'yearly', month: 1, day: 31, ...moved },
    channels: ['phone', 'email'],
    notes: 'Third-party reports (banks, insurers, employers of foreign workers, …) for the year before.',
  },
  {
    agency: 'skd',
    name: 'skattemelding for personer',
    rule: { kind: 'yearly', month: 4, day: 30, ...moved },
    channels: allChannels,
    notes: 'Tax return for employees and pensioners; extended hours are usually ordered for the last days before it.',
  },
  {
    agency: 'skd',
    name: 'skattemelding for næringsdrivende',
    rule: { kind: 'yearly', month: 5, day: 31, ...moved },
    channels: allChannels,
    notes: 'Tax return for sole proprietors and companies, with the næringsspesifikasjon.',
  },
  {
    agency: 'brg',
    name: 'årsregnskap',
    rule: { kind: 'yearly', month: 7, day: 31, ...moved },
    channels: ['phone', 'email'],
    notes: 'Annual accounts to the Register of Company Accounts (Regnskapsregisteret) in Brønnøysund; a late one incurs a fee.',
  },
];
