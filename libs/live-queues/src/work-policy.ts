import type { Channel, Problem, QueueName } from '@inquiry-router/contracts';
import { DefaultServiceLevelTargets, nominalSeconds } from '@inquiry-router/opening-hours';
import { checkWorkPolicyDocument, cycleProblem, queueLinkCycles } from './work-policy-check';

/** How one queue is served: reservation timeout, and what happens to an inquiry that waits too long. */
export interface QueuePolicy {
  /** Seconds an adviser has to accept a reserved inquiry. */
  reservationSeconds: number;
  /** An inquiry waiting longer than this is overflowed (supervisors' attention, optionally moved). */
  waitLimitMinutes: number;
  /** Where an overflowed inquiry moves; null: it stays, flagged for supervisors. */
  overflowTo: QueueName | null;
  /** Where new work goes instead when the expected wait is over `divertAfterMinutes`; null: never diverted. */
  divertTo: QueueName | null;
  divertAfterMinutes: number;
}

/**
 * The distribution policy, as data (published versions in `work_policy_versions`, defaults below): channel weights decide
 * priority, service-level targets the waiting time that counts, and each queue's timeouts and
 * overflow. Stored documents override these defaults field by field.
 */
export interface WorkPolicy {
  /** Priority as a head start in minutes: a waiting caller comes before an email received a day earlier. */
  channelWeightMinutes: Record<Channel, number>;
  /** Service-level targets (wall-clock seconds) used for the score until an inquiry carries its own due time; by default the service-level defaults. */
  targetSeconds: Record<Channel, number>;
  /** Average handling time, for the expected wait (queue length / available advisers × this). */
  averageHandlingMinutes: number;
  queues: Record<QueueName, QueuePolicy>;
  /** What an adviser can hold at once when nobody set their capacity. */
  defaultCapacity: Record<Channel, number>;
}

const queue = (waitLimitMinutes: number): QueuePolicy => ({
  reservationSeconds: 120,
  waitLimitMinutes,
  overflowTo: null,
  divertTo: null,
  divertAfterMinutes: 240,
});

export const DefaultWorkPolicy: WorkPolicy = {
  channelWeightMinutes: { phone: 24 * 60, social: 60, email: 0 },
  targetSeconds: {
    phone: nominalSeconds(DefaultServiceLevelTargets.phone),
    social: nominalSeconds(DefaultServiceLevelTargets.social),
    email: nominalSeconds(DefaultServiceLevelTargets.email),
  },
  averageHandlingMinutes: 8,
  queues: { 'first-line': queue(4 * 60), 'second-line': queue(8 * 60), servicedesk: queue(24 * 60) },
  defaultCapacity: { phone: 1, email: 3, social: 3 },
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge of plain objects: `override`'s fields win, arrays and scalars are replaced. */
export function mergePolicy<T>(base: T, override: unknown): T {
  if (!isObject(base) || !isObject(override)) return override === undefined ? base : (override as T);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) out[k] = k in out ? mergePolicy(out[k], v) : v;
  return out as T;
}

/**
 * The policy the documents make (stored document, then env overrides), laid over the defaults in
 * order, each document used only for its parts that pass the checks (see
 * `checkWorkPolicyDocument`); an `overflowTo` or `divertTo` on a cycle keeps its default.
 * `problems`: what was left out, by path.
 */
export function checkedWorkPolicy(...documents: unknown[]): { policy: WorkPolicy; problems: Problem[] } {
  const problems: Problem[] = [];
  let policy = DefaultWorkPolicy;
  for (const document of documents) {
    if (document === undefined || document === null) continue;
    const { valid, problems: found } = checkWorkPolicyDocument(document);
    problems.push(...found);
    policy = mergePolicy(policy, valid);
  }
  const cycles = queueLinkCycles(policy);
  for (const { queue, link } of cycles) {
    policy = mergePolicy(policy, { queues: { [queue]: { [link]: DefaultWorkPolicy.queues[queue as QueueName][link] } } });
  }
  return { policy, problems: [...problems, ...cycles.map(cycleProblem)] };
}

/** The policy in force: defaults, then the stored document, then (tests, operators) env overrides. */
export function resolveWorkPolicy(...documents: unknown[]): WorkPolicy {
  return checkedWorkPolicy(...documents).policy;
}

/**
 * The policy in force, read through `load` (the stored document) at most every `ttlMs`, with
 * `overrides` (parsed from the app's env) applied on top. A failed reload keeps the last policy;
 * parts of a document that fail the checks are left to the defaults and handed to `onProblems`.
 */
export class CachedWorkPolicy {
  private current: { policy: WorkPolicy; at: number } | null = null;

  constructor(
    private readonly load: () => Promise<unknown>,
    private readonly overrides: unknown,
    private readonly onProblems: (problems: Problem[]) => void,
    private readonly ttlMs = 5_000,
  ) {}

  async get(): Promise<WorkPolicy> {
    if (this.current && Date.now() - this.current.at < this.ttlMs) return this.current.policy;
    try {
      const { policy, problems } = checkedWorkPolicy(await this.load(), this.overrides);
      if (problems.length > 0) this.onProblems(problems);
      this.current = { policy, at: Date.now() };
    } catch (error) {
      if (!this.current) throw error;
    }
    return this.current.policy;
  }

  /** Forget the cached policy (after a supervisor changed it). */
  invalidate(): void {
    this.current = null;
  }
}
