import { defaultCalendar } from './calendar';
import { expectedTimeText } from './expected-time-text';
import { InvalidCalendarError, isOpen } from './opening-hours';
import { addOpeningTime, openingTimeBetween, workingDays } from './opening-time';
import {
  DefaultServiceLevels,
  DefaultServiceLevelTargets,
  dueTimes,
  nominalSeconds,
  parseServiceLevelRules,
  serviceLevelTargetFor,
} from './service-levels';

// Instants in UTC; comments give Oslo time (CET = UTC+1 in January, CEST = UTC+2 in April).
const at = (iso: string) => new Date(iso);
const hours = (n: number) => n * 3_600_000;
const email = serviceLevelTargetFor(DefaultServiceLevels, 'first-line', 'email')!;
const social = serviceLevelTargetFor(DefaultServiceLevels, 'first-line', 'social')!;
const phone = serviceLevelTargetFor(DefaultServiceLevels, 'first-line', 'phone')!;

describe('opening time', () => {
  const calendar = defaultCalendar();

  it('counts a working day as 7.5 hours of opening time in the default calendar', () => {
    expect(workingDays(2, calendar)).toBe(hours(15));
  });

  it('skips the weekend: 4 opening hours from Friday 14:00 end Monday 10:30', () => {
    expect(addOpeningTime(at('2026-01-16T13:00:00Z'), hours(4), calendar)).toEqual(at('2026-01-19T09:30:00Z'));
    expect(openingTimeBetween(at('2026-01-16T13:00:00Z'), at('2026-01-19T09:30:00Z'), calendar)).toBe(hours(4));
  });

  it('ends at the closing time when the duration ends there, not at the next opening', () => {
    expect(addOpeningTime(at('2026-01-13T10:30:00Z'), hours(4), calendar)).toEqual(at('2026-01-13T14:30:00Z')); // 11:30 + 4 h = 15:30
  });

  it('starts counting at the next opening when started while closed', () => {
    expect(addOpeningTime(at('2026-01-17T10:00:00Z'), 60_000, calendar)).toEqual(at('2026-01-19T07:01:00Z')); // Saturday → Monday 08:01
    expect(addOpeningTime(at('2026-01-17T10:00:00Z'), 0, calendar)).toEqual(at('2026-01-19T07:00:00Z'));
  });

  it('refuses a negative duration and a calendar that never opens', () => {
    expect(() => addOpeningTime(at('2026-01-13T10:30:00Z'), -1, calendar)).toThrow(InvalidCalendarError);
    expect(() => addOpeningTime(at('2026-01-13T10:30:00Z'), 1000, { ...calendar, weekly: {} })).toThrow(/does not open/);
  });
});

describe('due times', () => {
  const calendar = defaultCalendar();

  it('an email received Friday 14:00 is due Tuesday 14:00, across the weekend', () => {
    const due = dueTimes(at('2026-01-16T13:00:00Z'), email, calendar);
    expect(due.dueAt).toEqual(at('2026-01-20T13:00:00Z'));
    // Warned when 20 % (3 h) is left: Tuesday 11:00.
    expect(due.warnAt).toEqual(at('2026-01-20T10:00:00Z'));
  });

  it('an email received on Maundy Thursday 2026 at 14:00 is due after Easter: Wednesday 8 April 15:30', () => {
    // 2 April (Skjærtorsdag), 3 April (Langfredag) and 6 April (2. påskedag) are public holidays.
    expect(isOpen(at('2026-04-02T12:00:00Z'), calendar)).toBe(false);
    const due = dueTimes(at('2026-04-02T12:00:00Z'), email, calendar);
    expect(due.dueAt).toEqual(at('2026-04-08T13:30:00Z')); // counting starts Tuesday 7 April 08:00 CEST
    // The day before Easter: 1.5 h on Wednesday 1 April, then 13.5 h from Tuesday 7 April.
    expect(dueTimes(at('2026-04-01T12:00:00Z'), email, calendar).dueAt).toEqual(at('2026-04-08T12:00:00Z'));
  });

  it('a social message on Maundy Thursday is due after Easter, unless extended hours were ordered for that day', () => {
    expect(dueTimes(at('2026-04-02T12:00:00Z'), social, calendar).dueAt).toEqual(at('2026-04-07T10:00:00Z')); // Tuesday 12:00
    const ordered = defaultCalendar([{ kind: 'extended', date: '2026-04-02', opens: '10:00', closes: '16:00', reason: 'skattemelding' }]);
    expect(isOpen(at('2026-04-02T12:00:00Z'), ordered)).toBe(true);
    // 2 h on the holiday (14:00–16:00), the other 2 h on Tuesday 7 April: 10:00.
    expect(dueTimes(at('2026-04-02T12:00:00Z'), social, ordered).dueAt).toEqual(at('2026-04-07T08:00:00Z'));
  });

  it('a call is due 60 seconds into opening time, warned at 48 seconds', () => {
    const due = dueTimes(at('2026-01-13T09:00:00Z'), phone, calendar);
    expect(due.dueAt).toEqual(at('2026-01-13T09:01:00Z'));
    expect(due.warnAt).toEqual(at('2026-01-13T09:00:48Z'));
  });
});

describe('service-level policy', () => {
  it('takes the queue’s own rule, then the rule for every queue, then the defaults', () => {
    const rules = parseServiceLevelRules([
      { queue: 'servicedesk', channel: 'email', within: 1, unit: 'working-days' },
      { channel: 'email', within: 3, unit: 'working-days', warnFraction: 0.1, share: 0.95 },
    ]);
    expect(serviceLevelTargetFor(rules, 'servicedesk', 'email')).toEqual({
      within: 1,
      unit: 'working-days',
      warnFraction: 0.2,
      share: 0.9,
    });
    expect(serviceLevelTargetFor(rules, 'first-line', 'email')).toEqual({
      within: 3,
      unit: 'working-days',
      warnFraction: 0.1,
      share: 0.95,
    });
    expect(serviceLevelTargetFor(rules, null, 'email')).toEqual({ within: 3, unit: 'working-days', warnFraction: 0.1, share: 0.95 });
    expect(serviceLevelTargetFor(rules, 'first-line', 'phone')).toEqual({ within: 60, unit: 'seconds', warnFraction: 0.2, share: 0.8 });
  });

  it('has one default rule per channel, for every queue, from the default targets', () => {
    expect(DefaultServiceLevels).toEqual([
      { queue: '*', channel: 'phone', within: 60, unit: 'seconds', warnFraction: 0.2, share: 0.8 },
      { queue: '*', channel: 'social', within: 4, unit: 'opening-hours', warnFraction: 0.2, share: 0.8 },
      { queue: '*', channel: 'email', within: 2, unit: 'working-days', warnFraction: 0.2, share: 0.9 },
    ]);
    expect(serviceLevelTargetFor([], 'servicedesk', 'social')).toEqual(DefaultServiceLevelTargets.social);
  });

  it('reads a target as wall-clock seconds for estimates without the calendar', () => {
    expect(nominalSeconds(DefaultServiceLevelTargets.phone)).toBe(60);
    expect(nominalSeconds(DefaultServiceLevelTargets.social)).toBe(4 * 3600);
    expect(nominalSeconds(DefaultServiceLevelTargets.email)).toBe(2 * 24 * 3600);
    expect(nominalSeconds({ within: 1.5, unit: 'opening-hours' })).toBe(5400);
  });

  it('names what is wrong in a rule', () => {
    expect(() => parseServiceLevelRules([{ channel: 'email', within: 0, unit: 'seconds' }])).toThrow(
      /rule 0: within must be a number above 0/,
    );
    expect(() => parseServiceLevelRules([{ channel: 'email', within: 2, unit: 'weeks' }])).toThrow(/unit must be one of/);
    expect(() => parseServiceLevelRules([{ channel: 'email', within: 2, unit: 'seconds', warnFraction: 1 }])).toThrow(/warnFraction/);
    expect(() => parseServiceLevelRules([{ channel: 'email', within: 2, unit: 'seconds', share: 0 }])).toThrow(/share must be above 0/);
    expect(() => parseServiceLevelRules([{ channel: 'email', within: 2, unit: 'seconds', share: 1.2 }])).toThrow(/at most 1/);
    expect(parseServiceLevelRules([{ channel: 'phone', within: 20, unit: 'seconds', share: 1 }])[0].share).toBe(1);
  });
});

describe('expected time in the inquirer’s language', () => {
  it('writes Oslo time in bokmål, nynorsk and English', () => {
    const due = at('2026-04-07T08:00:00Z');
    expect(expectedTimeText(due, 'nb')).toBe('tirsdag 7. april kl. 10:00');
    expect(expectedTimeText(due, 'nn')).toBe('tysdag 7. april kl. 10:00');
    expect(expectedTimeText(due, 'en')).toBe('Tuesday 7 April at 10:00');
  });
});
