import { agencyOfTarget, isQueueTarget, NamedError, QueueName, RoutingDecision, withAddedReasons } from '@inquiry-router/contracts';

/** What the router does with a classified inquiry. */
export type RouteAction = { action: 'enqueue'; queue: QueueName } | { action: 'forward'; agency: string };

export class UnroutableDecision extends NamedError {}

/**
 * Turns a decision into an action: the portal's own targets are queues, `agency:<code>` is a
 * forward to a known agency. An agency the policy does not know cannot be routed (its inquiry
 * must not vanish into a forward nobody receives): the caller decides what becomes of it.
 */
export function routeDecision(decision: Pick<RoutingDecision, 'target'>, knownAgencies: ReadonlySet<string>): RouteAction {
  if (isQueueTarget(decision.target)) return { action: 'enqueue', queue: decision.target };
  const agency = agencyOfTarget(decision.target);
  if (agency && knownAgencies.has(agency)) return { action: 'forward', agency };
  throw new UnroutableDecision(`target "${decision.target}" names no agency with an agreement`);
}

/**
 * The classifier's decision for an agency that has no agreement in force when the router gets it
 * (withdrawn since the classifier read the policy), sent to the first line instead, saying why:
 * advisers can answer it or forward it, where a dead-letter topic would leave the inquirer waiting
 * for an operator.
 */
export function toFirstLineWithoutAgreement<D extends RoutingDecision>(decision: D): D {
  const agency = agencyOfTarget(decision.target) ?? decision.target;
  return {
    ...withAddedReasons(decision, [
      {
        text: `No agreement with ${agency} is in force: the first line takes the inquiry.`,
        reason: { code: 'agency-without-agreement', params: { agency } },
      },
    ]),
    target: 'first-line',
    agency: null,
  };
}
