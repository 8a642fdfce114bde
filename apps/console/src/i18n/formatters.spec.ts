import { createIntl } from 'react-intl';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { intlConfig, type Locale, type MessageKey, type MessageValue, type ValuesOf } from './catalogue';
import { formattersOf } from './formatters';

const inLocale = (locale: Locale) => formattersOf(createIntl(intlConfig(locale)));

describe('texts, dates and numbers for Norwegian support', () => {
  const nb = inLocale('nb');
  const nn = inLocale('nn');
  const en = inLocale('en');

  it('shows times in Europe/Oslo, winter and summer', () => {
    expect(nb.formatDateTime('2026-12-02T08:05:00Z')).toBe('02.12.2026, 09:05');
    expect(en.formatDateTime('2026-06-30T22:30:00Z')).toBe('01/07/2026, 00:30');
    expect(nb.formatTime('2026-06-30T22:30:00Z')).toBe('00:30');
    expect(nn.formatDateTime('2026-12-02T08:05:00Z')).toBe('02.12.2026, 09:05');
    expect(nb.formatDateTime(null)).toBe('–');
  });

  it('joins terms as each language does', () => {
    expect(nb.formatList(['e-postadresse', 'telefonnummer'])).toBe('e-postadresse og telefonnummer');
    expect(nn.formatList(['e-postadresse', 'telefonnummer', 'fødselsnummer'])).toBe('e-postadresse, telefonnummer og fødselsnummer');
    expect(en.formatList(['email address', 'phone number'])).toBe('email address and phone number');
    expect(en.formatList(['email address'])).toBe('email address');
  });

  it('keeps a calendar date on its day', () => {
    expect(nb.formatDate('2026-12-24')).toMatch(/24\. des/);
  });

  it('writes waits in the language chosen', () => {
    expect(nb.formatDuration(30_000)).toBe('< 1 min');
    expect(en.formatDuration(5 * 60_000)).toBe('5 min');
    expect(nb.formatDuration(65 * 60_000)).toBe('1 t 05 min');
    expect(en.formatDuration(65 * 60_000)).toBe('1 h 05 min');
    expect(nb.formatDuration(26 * 3_600_000)).toBe('1 d 2 t');
    expect(nn.formatDuration(125 * 60_000)).toBe('2 t 05 min');
  });

  it('counts with the plural the language needs', () => {
    expect(nb.t('dashboard.total', { count: 1 })).toBe('Mottatt i dag: 1 henvendelse');
    expect(nb.t('dashboard.total', { count: 1234 })).toBe('Mottatt i dag: 1\u00a0234 henvendelser');
    expect(nn.t('dashboard.total', { count: 1 })).toBe('Motteke i dag: 1 henvending');
    expect(nn.t('dashboard.total', { count: 2 })).toBe('Motteke i dag: 2 henvendingar');
    expect(en.t('dashboard.total', { count: 0 })).toBe('Received today: 0 inquiries');
    expect(en.t('dashboard.attempts', { count: 1 })).toBe('1 attempt');
  });

  it('puts named values into a message, and shows percentages and numbers for the locale', () => {
    expect(nb.t('inquiry.title', { id: 'inq-1' })).toBe('Henvendelse inq-1');
    expect(en.t('signedInAs', { user: 'kari' })).toBe('Signed in as kari');
    expect(nb.formatPercent(null)).toBe('–');
    expect(en.formatPercent(0.75)).toBe('75%');
    expect(nb.formatNumber(1234)).toBe('1\u00a0234');
  });

  it('takes only the catalogue’s keys, each with exactly its values (checked by the type checker)', () => {
    expectTypeOf<'work.titel'>().not.toExtend<MessageKey>();
    expectTypeOf<ValuesOf<'work.title'>>().toEqualTypeOf<[]>();
    expectTypeOf<ValuesOf<'dashboard.total'>>().toEqualTypeOf<[values: Record<'count', MessageValue>]>();
    expectTypeOf<ValuesOf<'duration.hoursMinutes'>>().toEqualTypeOf<[values: Record<'hours' | 'minutes', MessageValue>]>();
  });

  it('names the server’s terms, or shows a term it does not know as it is', () => {
    expect(nb.label('queue', 'first-line')).toBe('Førstelinje');
    expect(en.label('status', 'forward-pending')).toBe('Being forwarded');
    expect(nb.label('queue', 'night-shift')).toBe('night-shift');
    expect(nb.label('channel', null)).toBe('–');
  });
});
