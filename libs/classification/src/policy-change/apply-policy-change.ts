import { AgencyAgreement, ContactPoints, RoutingPolicy } from '../policy';
import { PolicyProblem } from './policy-problem';

/**
 * What an operator changes in a policy. Agreements are replaced whole, by code (an unknown code
 * adds a new agreement); everything not named stays as it is in the base.
 */
export interface PolicyChange {
  agencies?: AgencyAgreement[];
  /** Codes of agreements to drop. */
  removeAgencies?: string[];
  confidenceThreshold?: number;
  contactPoints?: { support?: ContactPoints; servicedesk?: ContactPoints };
}

/** Problems with the change itself, before it is applied: what it names must make sense against the base. */
export function validatePolicyChange(base: RoutingPolicy, change: PolicyChange): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const existing = new Set(base.agencies.map((a) => a.code));
  const replaced = new Map<string, number>();
  (change.agencies ?? []).forEach((a, i) => {
    if (replaced.has(a.code)) problems.push({ path: `change.agencies[${i}].code`, message: `"${a.code}" is changed twice in one change` });
    replaced.set(a.code, i);
  });
  (change.removeAgencies ?? []).forEach((code, i) => {
    if (!existing.has(code)) problems.push({ path: `change.removeAgencies[${i}]`, message: `there is no agreement "${code}" to remove` });
    if (replaced.has(code)) problems.push({ path: `change.removeAgencies[${i}]`, message: `"${code}" is both replaced and removed` });
  });
  const empty =
    !change.agencies?.length &&
    !change.removeAgencies?.length &&
    change.confidenceThreshold === undefined &&
    !change.contactPoints?.support &&
    !change.contactPoints?.servicedesk;
  if (empty) problems.push({ path: 'change', message: 'the change changes nothing' });
  return problems;
}

/** The base with the change applied, as a new document (the base is not modified); `version` stays the base's. */
export function applyPolicyChange(base: RoutingPolicy, change: PolicyChange): RoutingPolicy {
  const replacements = new Map((change.agencies ?? []).map((a) => [a.code, a]));
  const removed = new Set(change.removeAgencies ?? []);
  const agencies = base.agencies.filter((a) => !removed.has(a.code)).map((a) => replacements.get(a.code) ?? a);
  // New agreements go last, in the order the change lists them.
  const present = new Set(base.agencies.map((a) => a.code));
  for (const a of replacements.values()) if (!present.has(a.code)) agencies.push(a);
  // A deep copy: the result is stored and compiled (compilePolicy caches by identity), so it must share nothing mutable with the base.
  return structuredClone({
    ...base,
    confidenceThreshold: change.confidenceThreshold ?? base.confidenceThreshold,
    contactPoints: {
      support: change.contactPoints?.support ?? base.contactPoints.support,
      servicedesk: change.contactPoints?.servicedesk ?? base.contactPoints.servicedesk,
    },
    agencies,
  });
}
