import { ClassificationResult, InquiryText } from '../classification-result';
import { RoutingPolicy } from '../policy';

/** A recorded inquiry to replay. */
export interface RecordedInquiry extends InquiryText {
  id: string;
}

/** Classifies one inquiry under one policy; the app may pass one that also consults a text model. */
export type Classify = (inquiry: InquiryText, policy: RoutingPolicy) => ClassificationResult;

export interface OutcomeTransition {
  /** Outcome under the current policy, as `describeOutcome` writes it. */
  from: string;
  /** Outcome under the draft. */
  to: string;
  count: number;
}

export interface ChangedDecisionExample {
  inquiryId: string;
  from: string;
  to: string;
  /** Why the draft decides as it does. */
  reasons: string[];
}

export interface PolicySimulationResult {
  replayed: number;
  /** Decisions whose outcome (target, category or case type) would change. */
  changed: number;
  /** Of those, how many would go to another target (another queue or agency). */
  targetChanged: number;
  /** Most frequent first. */
  transitions: OutcomeTransition[];
  /** Up to `examplesPerTransition` per transition, in the order of `transitions`. */
  examples: ChangedDecisionExample[];
}

/**
 * A decision's outcome as one label: `agency:skd`, `first-line (login)`, `servicedesk (integration, feil)`.
 * Two decisions with the same label send the inquiry to the same people for the same kind of work.
 */
export function describeOutcome(d: Pick<ClassificationResult, 'target' | 'category' | 'caseType'>): string {
  const details = [d.category, d.caseType].filter((x): x is NonNullable<typeof x> => !!x);
  return details.length > 0 ? `${d.target} (${details.join(', ')})` : d.target;
}

/**
 * Replays recorded inquiries under the current policy and a draft, with the same classify, so
 * every difference is due to the draft alone (not to a classifier that changed since the inquiry
 * was first decided). Fed in batches so a caller can yield between them on a large replay.
 */
export class PolicySimulation {
  private replayed = 0;
  private targetChanged = 0;
  private readonly transitions = new Map<string, { from: string; to: string; count: number; examples: ChangedDecisionExample[] }>();

  constructor(
    private readonly current: RoutingPolicy,
    private readonly draft: RoutingPolicy,
    private readonly classify: Classify,
    private readonly examplesPerTransition = 5,
  ) {}

  add(inquiries: Iterable<RecordedInquiry>): void {
    for (const inquiry of inquiries) {
      this.replayed++;
      const before = this.classify(inquiry, this.current);
      const after = this.classify(inquiry, this.draft);
      const from = describeOutcome(before);
      const to = describeOutcome(after);
      if (from === to) continue;
      if (before.target !== after.target) this.targetChanged++;
      const key = `${from}\u0000${to}`;
      let t = this.transitions.get(key);
      if (!t) this.transitions.set(key, (t = { from, to, count: 0, examples: [] }));
      t.count++;
      if (t.examples.length < this.examplesPerTransition) t.examples.push({ inquiryId: inquiry.id, from, to, reasons: after.reasons });
    }
  }

  result(): PolicySimulationResult {
    const sorted = [...this.transitions.values()].sort(
      (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    );
    return {
      replayed: this.replayed,
      changed: sorted.reduce((n, t) => n + t.count, 0),
      targetChanged: this.targetChanged,
      transitions: sorted.map(({ from, to, count }) => ({ from, to, count })),
      examples: sorted.flatMap((t) => t.examples),
    };
  }
}

/** What would change if `draft` replaced `current`, over the given recorded inquiries. */
export function simulatePolicyChange(
  inquiries: Iterable<RecordedInquiry>,
  current: RoutingPolicy,
  draft: RoutingPolicy,
  classify: Classify,
  options: { examplesPerTransition?: number } = {},
): PolicySimulationResult {
  const simulation = new PolicySimulation(current, draft, classify, options.examplesPerTransition);
  simulation.add(inquiries);
  return simulation.result();
}
