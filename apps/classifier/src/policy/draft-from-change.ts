import {
  applyPolicyChange,
  parseRoutingPolicy,
  PolicyChange,
  problemsIntroduced,
  RoutingPolicy,
  validatePolicyChange,
} from '@inquiry-router/classification';
import { PolicyStore } from '../classifier.ports';
import { InvalidPolicyDraft, PolicyNotFound } from './policy-errors';

/** A draft document: what a change makes of the active version; checked, never in force until published. */
export interface CheckedDraft {
  base: { version: string; document: RoutingPolicy };
  document: RoutingPolicy;
}

/**
 * Applies a change to the active version and checks the result: the change must make sense, and
 * the document must not gain problems (ones already in force are reported, not held against it).
 */
export async function draftFromChange(policies: PolicyStore, change: PolicyChange, draftLabel: string): Promise<CheckedDraft> {
  const active = await policies.active();
  if (!active) throw new PolicyNotFound('no policy version is active to change');
  const base = { version: active.version, document: parseRoutingPolicy(active.document, active.version) };
  const changeProblems = validatePolicyChange(base.document, change);
  if (changeProblems.length > 0) throw new InvalidPolicyDraft(changeProblems);
  // Decisions made under a draft (in a simulation) name it, not the version it came from.
  const document = { ...applyPolicyChange(base.document, change), version: draftLabel };
  const { introduced } = problemsIntroduced(base.document, document);
  if (introduced.length > 0) throw new InvalidPolicyDraft(introduced);
  return { base, document };
}
