import { IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const TechnicalCategories = [
  'login',
  'find-service',
  'roles-rights',
  'inbox',
  'form-filling',
  'attachments',
  'signing',
  'submission',
  'integration',
  'other',
] as const;
export type TechnicalCategory = (typeof TechnicalCategories)[number];

export const AgencyCodes = ['skd', 'brg', 'nav', 'ssb', 'svv', 'mat', 'atil', 'ldir'] as const;
/** Agency codes are policy data; the defaults above are the eight default agreements. */
export type AgencyCode = string;

export const QueueNames = ['first-line', 'second-line', 'servicedesk'] as const;
export type QueueName = (typeof QueueNames)[number];

/** `first-line`, `second-line`, `servicedesk`, or `agency:<code>`. */
export type RoutingTarget = QueueName | `agency:${string}`;

export const Kinds = ['technical', 'subject-matter'] as const;
export type Kind = (typeof Kinds)[number];

export const CaseTypes = ['support', 'feil', 'bestilling'] as const;
export type CaseType = (typeof CaseTypes)[number];

export const TargetPattern = /^(first-line|second-line|servicedesk|agency:[a-z0-9-]{2,20})$/;

/** The classifier's explained decision: what, and why, under which policy version. */
export class RoutingDecision {
  @Matches(TargetPattern) target: RoutingTarget;
  @IsIn(Kinds) kind: Kind;
  @IsOptional() @IsIn(TechnicalCategories) category: TechnicalCategory | null;
  @IsOptional() @IsString() agency: AgencyCode | null;
  @IsOptional() @IsIn(CaseTypes) caseType: CaseType | null;
  @IsNumber() @Min(0) @Max(1) confidence: number;
  @IsArray() @IsString({ each: true }) reasons: string[];
  @IsString() policyVersion: string;
}

export function isQueueTarget(target: RoutingTarget): target is QueueName {
  return (QueueNames as readonly string[]).includes(target);
}

export function agencyOfTarget(target: RoutingTarget): AgencyCode | null {
  return target.startsWith('agency:') ? target.slice('agency:'.length) : null;
}
