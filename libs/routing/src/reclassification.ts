import {
  AgencyCode,
  agencyOfTarget,
  agencyTarget,
  CaseType,
  CaseTypes,
  DomainError,
  isQueueName,
  isTechnicalCategory,
  Kind,
  QueueNames,
  RoutingDecision,
  RoutingTarget,
  TechnicalCategories,
  TechnicalCategory,
} from '@inquiry-router/contracts';
import { InquiryStatus, reclassificationRefusal } from '@inquiry-router/inquiry';

/** The request names no place an inquiry can go, or leaves out what that place needs. */
export class InvalidReclassification extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/** The inquiry cannot be re-routed as it stands (resolved, held by someone else, already there). */
export class ReclassificationConflict extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export interface ReclassificationRequest {
  target: string;
  category?: string | null;
  caseType?: string | null;
}

/** Where an inquiry belongs, as a person says: what a labelled example records. */
export interface RoutingLabel {
  target: RoutingTarget;
  kind: Kind;
  category: TechnicalCategory | null;
  agency: AgencyCode | null;
  caseType: CaseType | null;
}

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * Checks a person's correction against the routing policy's vocabulary: the portal's own targets
 * are technical and need a category (the service desk also a case type); an agency target must
 * name an agency with an agreement and takes neither, since its subject matter is the agency's.
 */
export function reclassificationLabel(request: ReclassificationRequest, knownAgencies: ReadonlySet<string>): RoutingLabel {
  const { target } = request;
  const category = request.category ?? null;
  const caseType = request.caseType ?? null;
  const agency = agencyOfTarget(target);
  if (agency !== null) {
    if (!knownAgencies.has(agency)) {
      throw new InvalidReclassification(
        `no agency "${agency}" has an agreement in the active policy; agencies are ${[...knownAgencies].sort().join(', ')}`,
      );
    }
    if (category !== null || caseType !== null) {
      throw new InvalidReclassification("an agency target takes no category or caseType: its subject matter is the agency's own");
    }
    return { target: agencyTarget(agency), kind: 'subject-matter', category: null, agency, caseType: null };
  }
  if (!isQueueName(target)) {
    throw new InvalidReclassification(`target must be ${QueueNames.join(', ')} or agency:<code>, not "${target}"`);
  }
  if (category === null) throw new InvalidReclassification(`target ${target} needs a category: one of ${TechnicalCategories.join(', ')}`);
  if (!isTechnicalCategory(category)) {
    throw new InvalidReclassification(`category "${category}" is not one of ${TechnicalCategories.join(', ')}`);
  }
  if (target === 'servicedesk') {
    if (caseType === null) throw new InvalidReclassification(`target servicedesk needs a caseType: one of ${CaseTypes.join(', ')}`);
    if (!includes(CaseTypes, caseType)) throw new InvalidReclassification(`caseType "${caseType}" is not one of ${CaseTypes.join(', ')}`);
    return { target, kind: 'technical', category, agency: null, caseType };
  }
  if (caseType !== null) throw new InvalidReclassification('only a servicedesk target takes a caseType');
  if (category === 'integration') throw new InvalidReclassification('category integration always goes to the servicedesk');
  return { target, kind: 'technical', category, agency: null, caseType: null };
}

/** The inquiry as a correction finds it. */
export interface ReclassifiableInquiry {
  status: InquiryStatus;
  target: string;
  assignedTo: string | null;
}

/** Refuses a correction the inquiry's lifecycle does not allow now (`reclassificationRefusal`). */
export function assertReclassifiable(
  inquiry: ReclassifiableInquiry,
  label: Pick<RoutingLabel, 'target'>,
  actor: { username: string; mayTakeOver: boolean },
): void {
  const refusal = reclassificationRefusal(inquiry, label.target, actor);
  if (refusal) throw new ReclassificationConflict(refusal.reason);
}

/** The decision an adviser's correction puts in place of the classifier's. */
export function correctedDecision(
  label: RoutingLabel,
  correction: { actor: string; reason: string; previousTarget: string; policyVersion: string },
): RoutingDecision {
  return {
    ...label,
    // A person decided: nothing is left to chance.
    confidence: 1,
    reasons: [`Corrected by ${correction.actor}: ${correction.reason}`, `Previously routed to ${correction.previousTarget}`],
    reasonCodes: [
      { code: 'corrected', params: { actor: correction.actor, reason: correction.reason } },
      { code: 'previously-routed', params: { target: correction.previousTarget } },
    ],
    policyVersion: correction.policyVersion,
  };
}

/**
 * The decision for an inquiry an agency returned as not its own: first-line triage, as for any
 * inquiry nobody is sure about (so its confidence is 0); a person there decides where it goes.
 */
export function returnedDecision(returned: { agency: string; reason: string; policyVersion: string }): RoutingDecision {
  return {
    target: 'first-line',
    kind: 'technical',
    category: 'other',
    agency: null,
    caseType: null,
    confidence: 0,
    reasons: [`Returned by ${returned.agency} as not ours: ${returned.reason}`, 'Sent to first-line for triage'],
    reasonCodes: [
      { code: 'returned-by-agency', params: { agency: returned.agency, reason: returned.reason } },
      { code: 'first-line-triage', params: {} },
    ],
    policyVersion: returned.policyVersion,
  };
}
