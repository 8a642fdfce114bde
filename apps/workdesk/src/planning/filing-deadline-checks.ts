import type { Channel } from '@inquiry-router/contracts';
import { InvalidDeadlineRule, parseChannels, parseDateRule, type DateRule } from '@inquiry-router/filing-deadlines';
import type { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { InvalidFilingDeadline } from './filing-deadline-errors';

/** The domain's reading of a rule, its refusal as a 400 with the reason. */
export function checkedRule(input: unknown): DateRule {
  try {
    return parseDateRule(input);
  } catch (error) {
    if (error instanceof InvalidDeadlineRule) throw new InvalidFilingDeadline(error.message);
    throw error;
  }
}

export function checkedChannels(input: unknown): Channel[] {
  try {
    return parseChannels(input);
  } catch (error) {
    if (error instanceof InvalidDeadlineRule) throw new InvalidFilingDeadline(error.message);
    throw error;
  }
}

/** An agency with an agreement in the routing policy in force. */
export function checkedAgency(agency: string, policy: Pick<RoutingPolicySource, 'agencyCodes'>): string {
  const known = policy.agencyCodes();
  if (!known.has(agency))
    throw new InvalidFilingDeadline(`no agency "${agency}" in the policy in force; agencies are ${[...known].join(', ')}`);
  return agency;
}
