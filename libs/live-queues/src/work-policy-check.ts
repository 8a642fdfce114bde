import { Channels, isQueueName, QueueNames, type Problem } from '@inquiry-router/contracts';

type Report = (path: string, message: string) => void;

interface NumberRule {
  kind: 'number';
  min: number;
  max: number;
  integer?: boolean;
}

interface QueueLinkRule {
  kind: 'queue-or-null';
}

interface FieldsRule {
  kind: 'fields';
  fields: Readonly<Record<string, Rule>>;
}

type Rule = NumberRule | QueueLinkRule | FieldsRule;

const Minutes30Days = 30 * 24 * 60;
const between = (min: number, max: number): NumberRule => ({ kind: 'number', min, max });
const wholeBetween = (min: number, max: number): NumberRule => ({ kind: 'number', min, max, integer: true });
const fieldsOf = (keys: readonly string[], rule: (key: string) => Rule): FieldsRule => ({
  kind: 'fields',
  fields: Object.fromEntries(keys.map((k) => [k, rule(k)])),
});
const perChannel = (rule: Rule): FieldsRule => fieldsOf(Channels, () => rule);
const queueLink: QueueLinkRule = { kind: 'queue-or-null' };

const QueuePolicyRule: FieldsRule = {
  kind: 'fields',
  fields: {
    // At least a second: tests and demos use very short reservations.
    reservationSeconds: wholeBetween(1, 3600),
    waitLimitMinutes: between(1, Minutes30Days),
    overflowTo: queueLink,
    divertTo: queueLink,
    divertAfterMinutes: between(1, Minutes30Days),
  },
};

/** The shape of a WorkPolicy document (work-policy.ts): known keys only, each value in a sensible range. */
const WorkPolicyRule: FieldsRule = {
  kind: 'fields',
  fields: {
    channelWeightMinutes: perChannel(between(0, Minutes30Days)),
    targetSeconds: perChannel(between(1, Minutes30Days * 60)),
    averageHandlingMinutes: between(0.1, 8 * 60),
    queues: fieldsOf(QueueNames, () => QueuePolicyRule),
    defaultCapacity: perChannel(wholeBetween(0, 50)),
  },
};

const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The value if it follows `rule` (an object: its parts that do), else undefined, each problem reported at its path. */
function checked(rule: Rule, value: unknown, path: string, report: Report): unknown {
  switch (rule.kind) {
    case 'number': {
      const wanted = `${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}`;
      const ok = typeof value === 'number' && Number.isFinite(value) && (!rule.integer || Number.isInteger(value));
      if (ok && value >= rule.min && value <= rule.max) return value;
      report(path, `${show(value)} must be ${wanted}`);
      return undefined;
    }
    case 'queue-or-null':
      if (value === null || isQueueName(value)) return value;
      report(path, `${show(value)} is not a queue (${QueueNames.join(', ')}) or null`);
      return undefined;
    case 'fields': {
      const known = Object.keys(rule.fields);
      if (!isObject(value)) {
        report(path, `${show(value)} must be an object with any of ${known.join(', ')}`);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if (!(key in rule.fields)) {
          report(at(path, key), `is not a known field (known: ${known.join(', ')})`);
          continue;
        }
        const part = checked(rule.fields[key], v, at(path, key), report);
        if (part !== undefined) out[key] = part;
      }
      return out;
    }
  }
}

/**
 * A stored or proposed distribution policy document (partial: defaults fill the rest) checked
 * against the WorkPolicy shape: `valid` keeps the parts that pass, `problems` names every other
 * one by its path (`queues.first-line.reservationSeconds`; `''` for the document as a whole).
 */
export function checkWorkPolicyDocument(document: unknown): { valid: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid = checked(WorkPolicyRule, document, '', (path, message) => {
    problems.push({ path, message });
  });
  return { valid: (valid as Record<string, unknown> | undefined) ?? {}, problems };
}

export type QueueLink = 'overflowTo' | 'divertTo';
export const QueueLinks: readonly QueueLink[] = ['overflowTo', 'divertTo'];

/** A queue whose `link` leads back to itself: `route` from it, round to it again (naming itself is one too). */
export interface QueueLinkCycle {
  queue: string;
  link: QueueLink;
  route: string[];
}

/** Every queue on a cycle of `overflowTo` or of `divertTo` links in a complete policy. */
export function queueLinkCycles(policy: {
  queues: Readonly<Record<string, Readonly<Record<QueueLink, string | null>>>>;
}): QueueLinkCycle[] {
  const cycles: QueueLinkCycle[] = [];
  for (const link of QueueLinks) {
    for (const queue of Object.keys(policy.queues)) {
      const route = [queue];
      for (let next = policy.queues[queue][link]; next !== null && next in policy.queues; next = policy.queues[next][link]) {
        if (next === queue) {
          cycles.push({ queue, link, route: [...route, next] });
          break;
        }
        if (route.includes(next)) break; // a cycle further on, which does not come back here
        route.push(next);
      }
    }
  }
  return cycles;
}

export function cycleProblem({ queue, link, route }: QueueLinkCycle): Problem {
  return { path: `queues.${queue}.${link}`, message: `${route.join(' → ')} is a cycle` };
}
