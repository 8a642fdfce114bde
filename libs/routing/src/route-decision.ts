import { agencyOfTarget, isQueueTarget, NamedError, QueueName, RoutingDecision } from '@inquiry-router/contracts';

/** What the router does with a classified inquiry. */
export type RouteAction = { action: 'enqueue'; queue: QueueName } | { action: 'forward'; agency: string };

export class UnroutableDecision extends NamedError {}

/**
 * Turns a decision into an action: the portal's own targets are queues, `agency:<code>` is a
 * forward to a known agency. An agency the policy does not know cannot be routed (its inquiry
 * must not vanish into a forward nobody receives), so the caller dead-letters it.
 */
export function routeDecision(decision: Pick<RoutingDecision, 'target'>, knownAgencies: ReadonlySet<string>): RouteAction {
  if (isQueueTarget(decision.target)) return { action: 'enqueue', queue: decision.target };
  const agency = agencyOfTarget(decision.target);
  if (agency && knownAgencies.has(agency)) return { action: 'forward', agency };
  throw new UnroutableDecision(`target "${decision.target}" names no agency with an agreement`);
}
