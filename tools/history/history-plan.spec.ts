import { Channels } from '@inquiry-router/contracts';
import { NorwegianFilingDeadlines, previousWorkingDay, type FilingDeadline } from '@inquiry-router/filing-deadlines';
import { defaultCalendar } from '@inquiry-router/opening-hours';
import { deadlinePulls, extendedHourDates, intradayWeight } from './demand-shape';
import { HistoryPlan, type DayOfHistory, type HistoryPlanInput } from './history-plan';
import { OpeningTimeline } from './opening-timeline';

const deadlines: FilingDeadline[] = NorwegianFilingDeadlines.map((d, i) => ({ ...d, id: `d${i}`, active: true, notes: null }));
const input = (over: Partial<HistoryPlanInput> = {}): HistoryPlanInput => ({
  from: '2025-04-01',
  to: '2025-04-30',
  seed: 11,
  deadlines,
  exceptions: [],
  agencies: ['skd', 'nav', 'brg', 'ssb', 'svv', 'mat', 'atil', 'ldir'],
  policyVersion: 'test.1',
  now: new Date('2025-06-01T00:00:00Z'),
  ...over,
});
const all = (plan: HistoryPlan): DayOfHistory[] => [...plan.days()];

describe('the shape of demand', () => {
  it('peaks in the morning and is quieter in the extended evening hours', () => {
    expect(intradayWeight('phone', 9.5 * 60)).toBeGreaterThan(intradayWeight('phone', 14 * 60));
    expect(intradayWeight('phone', 17 * 60)).toBeLessThan(intradayWeight('phone', 14 * 60));
  });

  it('pulls hardest on the eve of a yearly deadline, and on the channels it affects only', () => {
    const pulls = deadlinePulls(deadlines, '2025-04-01', '2025-05-10');
    // Skattemelding for personer: 30 April 2025, a Wednesday; its eve is Tuesday 29 April.
    const phone = pulls.get('phone')!;
    expect(phone.get('2025-04-29')!.factor).toBeGreaterThan(phone.get('2025-04-30')!.factor);
    expect(phone.get('2025-04-30')!.factor).toBeGreaterThan(1.5);
    expect(phone.get('2025-04-29')!.byAgency).toHaveProperty('skd');
    expect(phone.get('2025-04-15')).toBeUndefined(); // eight working days before it, and after the VAT term of 10 April
    // The eve of that VAT term fills the phone and email, not social media.
    expect(Object.keys(phone.get('2025-04-09')!.byAgency)).toEqual(['skd']);
    expect(pulls.get('social')!.get('2025-04-09')).toBeUndefined();
  });

  it('extends the hours on the eve and the day of the yearly deadlines that fill the phone', () => {
    const dates = extendedHourDates(deadlines, '2025-01-01', '2025-12-31');
    expect([...dates.keys()]).toEqual(
      expect.arrayContaining(['2025-01-30', '2025-01-31', '2025-04-29', '2025-04-30', '2025-06-02', previousWorkingDay('2025-06-02')]),
    );
    expect(dates.has('2025-02-05')).toBe(false); // the a-melding is monthly: no extended hours
  });
});

describe('opening timeline', () => {
  const timeline = new OpeningTimeline(defaultCalendar(), '2025-04-14', '2025-04-30');

  it('adds opening time over the Easter holidays', () => {
    // Wednesday 16 April 2025, 15:00 Oslo (13:00 UTC), plus an hour of opening time: Maundy Thursday,
    // Good Friday and Easter Monday are closed, so it ends Tuesday 22 April at 08:30.
    expect(new Date(timeline.addOpeningTime(Date.parse('2025-04-16T13:00:00Z'), 3_600_000)).toISOString()).toBe('2025-04-22T06:30:00.000Z');
    expect(timeline.isOpen(Date.parse('2025-04-17T08:00:00Z'))).toBe(false);
    expect(timeline.isOpen(Date.parse('2025-04-22T08:00:00Z'))).toBe(true);
  });
});

describe('a planned history', () => {
  const plan = new HistoryPlan(input());
  const days = all(plan);
  const inquiries = days.flatMap((d) => d.inquiries);

  it('is the same for the same seed, and another for another', () => {
    const again = all(new HistoryPlan(input())).flatMap((d) => d.inquiries);
    expect(again.map((i) => [i.id, i.receivedAt.getTime(), i.queue, i.agency])).toEqual(
      inquiries.map((i) => [i.id, i.receivedAt.getTime(), i.queue, i.agency]),
    );
    expect(all(new HistoryPlan(input({ seed: 12 }))).flatMap((d) => d.inquiries).length).not.toBe(inquiries.length);
  });

  it('has about the seed scale per channel in April, the tax-return month', () => {
    const count = (channel: string) => inquiries.filter((i) => i.channel === channel).length;
    // A year's 146,000 calls, 45,000 emails, 15,000 social messages, more in April.
    expect(count('phone')).toBeGreaterThan(11_000);
    expect(count('phone')).toBeLessThan(20_000);
    expect(count('email')).toBeGreaterThan(3_400);
    expect(count('email')).toBeLessThan(6_500);
    expect(count('social')).toBeGreaterThan(1_100);
    expect(count('social')).toBeLessThan(2_200);
  });

  it('receives only in opening hours, and nothing on the Easter holidays', () => {
    expect(inquiries.every((i) => plan.isOpen(i.receivedAt))).toBe(true);
    expect(days.map((d) => d.date).filter((date) => ['2025-04-17', '2025-04-18', '2025-04-21'].includes(date))).toEqual([]);
    expect(plan.extendedHours.map((e) => e.date)).toEqual(['2025-04-29', '2025-04-30']);
  });

  it('has Mondays busier than Fridays and the deadline eve busiest of all', () => {
    const perDay = new Map(days.map((d) => [d.date, d.inquiries.length]));
    expect(perDay.get('2025-04-14')!).toBeGreaterThan(perDay.get('2025-04-11')!); // Monday vs the Friday before
    const eve = perDay.get('2025-04-29')!;
    expect(Math.max(...[...perDay].filter(([date]) => date !== '2025-04-29').map(([, n]) => n))).toBeLessThan(eve);
  });

  it('routes, handles and resolves every inquiry, with the history rows to measure handle times by', () => {
    const byId = new Map<string, string[]>();
    for (const h of days.flatMap((d) => d.history)) byId.set(h.inquiryId, [...(byId.get(h.inquiryId) ?? []), h.event]);
    for (const i of inquiries.slice(0, 2000)) {
      const events = byId.get(i.id)!;
      expect(events[0]).toBe('routed');
      expect(events[events.length - 1]).toBe('resolved');
      if (i.queue) expect(events).toContain('accepted');
      else expect(events).toEqual(['routed', 'forwarded', 'agency-acknowledged', 'resolved']);
    }
    expect(new Set(inquiries.map((i) => i.queue))).toEqual(new Set(['first-line', 'second-line', 'servicedesk', null]));
    expect(inquiries.every((i) => i.id.startsWith('gen-'))).toBe(true);
    expect(new Set(inquiries.map((i) => i.channel))).toEqual(new Set(Channels));
  });

  it('forwards more to the agency of a deadline on its eve', () => {
    const share = (date: string) => {
      const day = days.find((d) => d.date === date)!.inquiries;
      return day.filter((i) => i.agency === 'skd').length / day.length;
    };
    expect(share('2025-04-29')).toBeGreaterThan(share('2025-04-16') + 0.05);
  });

  it('ends at now: nothing happens after it', () => {
    const now = new Date('2025-04-30T12:00:00Z');
    const cut = all(new HistoryPlan(input({ to: '2025-04-30', now })));
    expect(cut.flatMap((d) => d.history).every((h) => h.at.getTime() <= now.getTime())).toBe(true);
  });
});
