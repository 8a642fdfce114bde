import { termSetOf } from './cluster-signature';
import { markEffect, markWindowsSpan } from './mark-effect';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 10));
const signature = [
  { term: 'bankid', weight: 0.8 },
  { term: 'logg', weight: 0.6 },
];
const contact = (n: number, text: string, category = 'login') => ({ category, receivedAt: day(n), terms: termSetOf(text) });

describe('markEffect', () => {
  const mark = { category: 'login', signature, markedAt: day(10) };
  const contacts = [
    contact(3, 'Får ikke logget inn med BankID'),
    contact(5, 'BankID innlogging feiler'),
    contact(8, 'Kan ikke logge inn med BankID'),
    contact(9, 'Hvor finner jeg skjemaet'),
    contact(12, 'BankID logger meg ut'),
    contact(13, 'Får ikke logget inn med BankID', 'signing'),
    contact(40, 'Får ikke logget inn med BankID'),
  ];

  it('counts the cluster before and after the mark in windows of the same length, beside the category', () => {
    const effect = markEffect(mark, contacts, { now: day(60), windowDays: 7, threshold: 0.3 });
    expect(effect.windowDays).toBe(7);
    expect(effect.before).toEqual({ from: day(3).toISOString(), to: day(10).toISOString(), count: 3, categoryCount: 4 });
    expect(effect.after).toEqual({ from: day(10).toISOString(), to: day(17).toISOString(), count: 1, categoryCount: 1 });
  });

  it('shortens both windows to the time since a fresh mark', () => {
    const effect = markEffect(mark, contacts, { now: day(13), windowDays: 28, threshold: 0.3 });
    expect(effect.windowDays).toBe(3);
    expect([effect.before.count, effect.after.count]).toEqual([1, 1]);
  });

  it('spans the contacts the windows need', () => {
    expect(markWindowsSpan([day(10), day(20)], { now: day(60), windowDays: 7 })).toEqual({ from: day(3), to: day(27) });
    expect(markWindowsSpan([], { now: day(60), windowDays: 7 })).toBeNull();
  });
});
