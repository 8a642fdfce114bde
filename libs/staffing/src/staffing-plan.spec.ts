import { erlangStaffing } from './erlang-c';
import { proposeExtendedHours, staffingRequirements, type PlanSlot } from './staffing-plan';

const targets = {
  phone: { withinSeconds: 60, share: 0.8 },
  email: { withinSeconds: 1800, share: 0.9 },
  social: { withinSeconds: 3600, share: 0.8 },
};
const handleSeconds = { phone: 300, email: 600, social: 300 };
const slot = (hour: number, open: boolean, phone: number, email: number, planned = 0): PlanSlot => ({
  start: new Date(Date.UTC(2025, 2, 4, hour)),
  open,
  contacts: { phone, email, social: 0 },
  planned,
});

describe('staffingRequirements', () => {
  it('staffs calls by Erlang C in each open half-hour, written work by the backlog model, with shrinkage and the gap', () => {
    const slots = [slot(7, true, 60, 20, 10), slot(8, true, 60, 0, 10), slot(9, false, 0, 0, 2)];
    const [first, second, closed] = staffingRequirements({ slots, intervalMinutes: 30, handleSeconds, targets, shrinkage: 0.3 });
    const calls = erlangStaffing({ calls: 60, intervalMinutes: 30, ahtSeconds: 300, target: 0.8, withinSeconds: 60 });
    expect(first.needed.phone).toBe(calls.agents);
    expect(first.phone).toMatchObject({ calls: 60, serviceLevel: calls.serviceLevel });
    // 20 emails of 10 minutes, each due 30 minutes after it came: 200 adviser-minutes spread evenly over the hour.
    expect(first.needed.email + second.needed.email).toBeCloseTo(200 / 30, 1);
    expect(first.neededWithShrinkage).toBe(Math.ceil(first.neededTotal / 0.7 - 1e-9));
    expect(first.gap).toBe(first.neededWithShrinkage - 10);
    expect(closed).toMatchObject({ neededTotal: 0, neededWithShrinkage: 0, planned: 2, gap: -2, phone: null });
  });

  it('refuses a shrinkage of 1 or more', () => {
    expect(() => staffingRequirements({ slots: [], intervalMinutes: 30, handleSeconds, targets, shrinkage: 1 })).toThrow(/shrinkage/);
  });
});

describe('proposeExtendedHours', () => {
  const policy = { intervalMinutes: 30, maxAdvisers: 10, shrinkage: 0.2, latestClose: '20:00', minimumShortfallHours: 1 };
  const cause = { deadlineId: 'd1', name: 'a-melding', date: '2025-03-05', factor: 1.6 };

  it('proposes the half-hours after closing that the full staff needs to take the shortfall, naming the deadline', () => {
    // 8 at work; four half-hours needing 12: 4 × 4 × 0.5 = 8 adviser-hours short, an hour of all 8.
    const slots = Array.from({ length: 4 }, () => ({ contacts: 120, neededTotal: 12 }));
    const proposal = proposeExtendedHours(
      { date: '2025-03-05', closes: '15:30', slots, causes: [{ ...cause, factor: 1.1, name: 'x' }, cause] },
      policy,
    );
    expect(proposal).toMatchObject({
      date: '2025-03-05',
      opens: '15:30',
      closes: '16:30',
      deadline: { deadlineId: 'd1', name: 'a-melding' },
    });
    expect(proposal!.contactsBeyondNormalHours).toBe(160);
    expect(proposal!.reason).toMatch(/a-melding \(2025-03-05\) raises the day's contacts ×1.6/);
  });

  it('proposes nothing when normal hours are enough, and never beyond the latest closing', () => {
    expect(
      proposeExtendedHours({ date: '2025-03-05', closes: '15:30', slots: [{ contacts: 50, neededTotal: 8 }], causes: [] }, policy),
    ).toBeNull();
    const huge = proposeExtendedHours(
      { date: '2025-03-05', closes: '15:30', slots: [{ contacts: 900, neededTotal: 100 }], causes: [] },
      policy,
    );
    expect(huge).toMatchObject({ closes: '20:00', deadline: null });
  });
});
