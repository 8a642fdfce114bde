import { erlangB, erlangPerformance, erlangStaffing, InvalidStaffingInput, trafficErlangs } from './erlang-c';

/**
 * The worked example of Westbay Engineers' page "The Erlang-C Formula" (westbay.ndirect.co.uk/erlang.htm,
 * the makers of the Westbay Traffic Calculators), reproduced by many Erlang C tutorials since, which
 * walks through the formula step by step: 360 calls per half hour, calls of 4 minutes, 55 agents, a
 * target answer time of 15 seconds (48 Erlangs, occupancy 87.3 %, ASA about 8.2 s, service level about 85 %). The figures below are not copied from
 * any of them: they were computed independently with exact rational arithmetic (Python `fractions`,
 * Erlang C by its factorial definition) and agree with this implementation to the digits shown.
 */
const example = { calls: 360, intervalMinutes: 30, ahtSeconds: 240 };

describe('Erlang C', () => {
  it('reproduces the worked example: 48 Erlangs on 55 agents', () => {
    const erlangs = trafficErlangs(example.calls, example.intervalMinutes, example.ahtSeconds);
    expect(erlangs).toBe(48);
    const p = erlangPerformance(55, erlangs, example.ahtSeconds, 15);
    expect(p.occupancy).toBeCloseTo(0.872727, 6);
    expect(p.probabilityOfWaiting).toBeCloseTo(0.238701, 6);
    expect(p.asa).toBeCloseTo(8.184032, 5);
    expect(p.serviceLevel).toBeCloseTo(0.845883, 6);
    // The same staff with 20 s to answer in.
    expect(erlangPerformance(55, erlangs, example.ahtSeconds, 20).serviceLevel).toBeCloseTo(0.866796, 6);
  });

  it('staffs the example for 80 % within 15 s with 55 agents, and for 80 % within 20 s with 54', () => {
    expect(erlangStaffing({ ...example, target: 0.8, withinSeconds: 15 })).toMatchObject({ agents: 55, agentsWithShrinkage: 55 });
    // 53 agents would answer 75.2 % within 20 s; 54 answer 81.7 %.
    const staffing = erlangStaffing({ ...example, target: 0.8, withinSeconds: 20, shrinkage: 0.3 });
    expect(staffing.agents).toBe(54);
    expect(staffing.serviceLevel).toBeCloseTo(0.817248, 6);
    expect(staffing.asa).toBeCloseTo(12.052316, 5);
    expect(staffing.occupancy).toBeCloseTo(0.888889, 6);
    expect(erlangPerformance(53, 48, 240, 20).serviceLevel).toBeCloseTo(0.751768, 6);
    // 54 / (1 − 0.3) = 77.1: 78 on the roster.
    expect(staffing.agentsWithShrinkage).toBe(78);
  });

  it('computes Erlang B by its recurrence as the factorial definition does', () => {
    // A = 2, N = 3: (8/6) / (1 + 2 + 2 + 8/6) = 4/19.
    expect(erlangB(3, 2)).toBeCloseTo(4 / 19, 12);
    expect(erlangB(0, 5)).toBe(1);
  });

  it('stays finite for hundreds of agents and thousands of Erlangs, where factorials overflow', () => {
    const big = erlangStaffing({ calls: 30_000, intervalMinutes: 30, ahtSeconds: 240, target: 0.8, withinSeconds: 20 });
    expect(big.trafficErlangs).toBe(4000);
    expect(big.agents).toBeGreaterThan(4000);
    expect(big.agents).toBeLessThan(4100);
    expect(big.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const hundreds = [300, 320, 340, 360].map((n) => erlangPerformance(n, 300, 300, 30));
    expect(hundreds[0]).toMatchObject({ serviceLevel: 0, asa: Infinity, occupancy: 1 });
    for (const p of hundreds.slice(1)) {
      expect(Number.isFinite(p.asa)).toBe(true);
      expect(p.serviceLevel).toBeGreaterThan(0);
      expect(p.serviceLevel).toBeLessThanOrEqual(1);
    }
    expect(hundreds[2].serviceLevel).toBeGreaterThan(hundreds[1].serviceLevel);
    expect(hundreds[3].serviceLevel).toBeGreaterThan(hundreds[2].serviceLevel);
  });

  it('needs nobody for no calls, and one adviser for a trickle', () => {
    expect(erlangStaffing({ ...example, calls: 0, target: 0.8, withinSeconds: 20 })).toMatchObject({
      agents: 0,
      serviceLevel: 1,
      asa: 0,
      occupancy: 0,
      agentsWithShrinkage: 0,
    });
    expect(erlangStaffing({ ...example, calls: 1, target: 0.8, withinSeconds: 20 }).agents).toBe(1);
  });

  it('refuses input without an answer, naming the field', () => {
    const good = { ...example, target: 0.8, withinSeconds: 20 };
    expect(() => erlangStaffing({ ...good, target: 1 })).toThrow(/target must be above 0 and below 1/);
    expect(() => erlangStaffing({ ...good, target: 80 })).toThrow(InvalidStaffingInput);
    expect(() => erlangStaffing({ ...good, calls: -1 })).toThrow(/calls must be at least 0/);
    expect(() => erlangStaffing({ ...good, ahtSeconds: 0 })).toThrow(/ahtSeconds must be above 0/);
    expect(() => erlangStaffing({ ...good, intervalMinutes: Number.NaN })).toThrow(/intervalMinutes must be a number/);
    expect(() => erlangStaffing({ ...good, shrinkage: 1 })).toThrow(/shrinkage must be at least 0 and below 1/);
  });
});
