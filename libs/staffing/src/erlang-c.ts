import { NamedError } from '@inquiry-router/contracts';

/**
 * Erlang C (M/M/N): calls arrive at random (Poisson), handle times are exponential, callers wait
 * as long as it takes (nobody abandons) in one first-come-first-served queue, and the N advisers
 * stay the same through the interval, which is long against the handle time (a steady state).
 */

/** What one interval's calls ask for. */
export interface ErlangInterval {
  /** Calls offered in the interval. */
  calls: number;
  intervalMinutes: number;
  /** Average handle time (talk + wrap-up), seconds. */
  ahtSeconds: number;
  /** Share that must be answered within `withinSeconds`: above 0, below 1 (0.8: 80 %). */
  target: number;
  withinSeconds: number;
  /** Share of paid time not spent handling (breaks, training, absence): at least 0, below 1. */
  shrinkage?: number;
}

/** How the interval goes with a number of advisers taking calls. */
export interface ErlangPerformance {
  agents: number;
  /** Share answered within the target time. */
  serviceLevel: number;
  /** Average speed of answer, seconds: mean wait over all calls (those answered at once count 0). */
  asa: number;
  /** Share of the advisers' time spent handling calls. */
  occupancy: number;
  /** Probability that a call waits at all. */
  probabilityOfWaiting: number;
}

/** The fewest advisers that meet the target, and the staff to roster for it once shrinkage is taken. */
export interface ErlangStaffing extends ErlangPerformance {
  /** Traffic intensity, Erlangs: calls × handle time / interval. */
  trafficErlangs: number;
  /** `ceil(agents / (1 − shrinkage))`. */
  agentsWithShrinkage: number;
}

/** Input that has no answer: named field and why. */
export class InvalidStaffingInput extends NamedError {}

/**
 * Advisers to roster so that `advisers` are at work when a share `shrinkage` of paid time goes to
 * breaks, training and absence: ceil(advisers / (1 − shrinkage)) (a hair's tolerance, so 54 / 0.9
 * stays 60 in floating point).
 */
export function withShrinkage(advisers: number, shrinkage: number): number {
  return Math.max(0, Math.ceil(advisers / (1 - shrinkage) - 1e-9));
}

/** Whether input from outside (JSON) is a list, without narrowing a typed list to `any[]`. */
export function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/** Offered load in Erlangs. */
export function trafficErlangs(calls: number, intervalMinutes: number, ahtSeconds: number): number {
  return (calls * ahtSeconds) / (intervalMinutes * 60);
}

/**
 * Erlang B by its recurrence, B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)): every step stays within
 * [0, 1], so hundreds of advisers and hundreds of Erlangs neither overflow nor lose precision, as
 * Aⁿ/n! would.
 */
export function erlangB(agents: number, erlangs: number): number {
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (erlangs * b) / (n + erlangs * b);
  return b;
}

/** Erlang C from Erlang B: the probability of waiting, 1 when the advisers cannot keep up (N ≤ A). */
export function erlangCFromB(agents: number, erlangs: number, b: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return 1;
  return (agents * b) / (agents - erlangs * (1 - b));
}

/** Service level, ASA and occupancy with `agents` advisers (all zero-load cases answered at once). */
export function erlangPerformance(agents: number, erlangs: number, ahtSeconds: number, withinSeconds: number): ErlangPerformance {
  return performanceFrom(agents, erlangs, ahtSeconds, withinSeconds, erlangB(agents, erlangs));
}

function performanceFrom(agents: number, erlangs: number, aht: number, within: number, b: number): ErlangPerformance {
  if (erlangs <= 0) return { agents, serviceLevel: 1, asa: 0, occupancy: 0, probabilityOfWaiting: 0 };
  if (agents <= erlangs) return { agents, serviceLevel: 0, asa: Infinity, occupancy: 1, probabilityOfWaiting: 1 };
  const pw = erlangCFromB(agents, erlangs, b);
  return {
    agents,
    serviceLevel: 1 - pw * Math.exp((-(agents - erlangs) * within) / aht),
    asa: (pw * aht) / (agents - erlangs),
    occupancy: erlangs / agents,
    probabilityOfWaiting: pw,
  };
}

/**
 * The fewest advisers with whom at least `target` of the calls are answered within
 * `withinSeconds`, found by counting up from the first N above the load (Erlang B carried along,
 * one step per adviser), and the roster with shrinkage.
 */
export function erlangStaffing(input: ErlangInterval): ErlangStaffing {
  const { calls, intervalMinutes, ahtSeconds, target, withinSeconds } = input;
  const shrinkage = input.shrinkage ?? 0;
  checkInterval(input);
  const erlangs = trafficErlangs(calls, intervalMinutes, ahtSeconds);
  let agents = erlangs > 0 ? Math.floor(erlangs) + 1 : 0;
  let b = erlangB(agents, erlangs);
  // Far beyond what any target below 1 needs: the wait probability falls faster than exponentially past A + a few √A.
  const limit = agents + 100 + Math.ceil(20 * Math.sqrt(erlangs));
  let performance = performanceFrom(agents, erlangs, ahtSeconds, withinSeconds, b);
  while (performance.serviceLevel < target) {
    if (agents >= limit) throw new InvalidStaffingInput(`no number of advisers reaches a service level of ${target}`);
    agents += 1;
    b = (erlangs * b) / (agents + erlangs * b);
    performance = performanceFrom(agents, erlangs, ahtSeconds, withinSeconds, b);
  }
  return { ...performance, trafficErlangs: erlangs, agentsWithShrinkage: withShrinkage(agents, shrinkage) };
}

function checkInterval(input: ErlangInterval): void {
  const finite = (name: string, value: number) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidStaffingInput(`${name} must be a number`);
  };
  finite('calls', input.calls);
  finite('intervalMinutes', input.intervalMinutes);
  finite('ahtSeconds', input.ahtSeconds);
  finite('target', input.target);
  finite('withinSeconds', input.withinSeconds);
  if (input.calls < 0) throw new InvalidStaffingInput('calls must be at least 0');
  if (input.intervalMinutes <= 0) throw new InvalidStaffingInput('intervalMinutes must be above 0');
  if (input.ahtSeconds <= 0) throw new InvalidStaffingInput('ahtSeconds must be above 0');
  if (!(input.target > 0 && input.target < 1))
    throw new InvalidStaffingInput('target must be above 0 and below 1 (a share: 0.8 = 80 %; no finite staff answers every call in time)');
  if (input.withinSeconds < 0) throw new InvalidStaffingInput('withinSeconds must be at least 0');
  if (input.shrinkage !== undefined) {
    finite('shrinkage', input.shrinkage);
    if (input.shrinkage < 0 || input.shrinkage >= 1) throw new InvalidStaffingInput('shrinkage must be at least 0 and below 1');
  }
}
