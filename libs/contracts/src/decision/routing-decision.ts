import { Type } from 'class-transformer';
import { IsArray, IsIn, IsNumber, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  AgencyCode,
  CaseType,
  CaseTypes,
  DecisionReason,
  Kind,
  Kinds,
  ReasonCode,
  ReasonCodes,
  ReasonParams,
  RoutingTarget,
  TargetPattern,
  TechnicalCategories,
  TechnicalCategory,
} from '../vocabulary';

/** One reason as a code with its values (see `ReasonCodes`). */
export class ReasonOfDecision implements DecisionReason {
  @IsIn(ReasonCodes) code: ReasonCode;
  @IsObject() params: ReasonParams;
}

/** The classifier's explained decision: what, and why, under which policy version. */
export class RoutingDecision {
  @Matches(TargetPattern) target: RoutingTarget;
  @IsIn(Kinds) kind: Kind;
  @IsOptional() @IsIn(TechnicalCategories) category: TechnicalCategory | null;
  @IsOptional() @IsString() agency: AgencyCode | null;
  @IsOptional() @IsIn(CaseTypes) caseType: CaseType | null;
  @IsNumber() @Min(0) @Max(1) confidence: number;
  /** Why, in English, as the API and the logs have always given it. */
  @IsArray() @IsString({ each: true }) reasons: string[];
  /**
   * The same reasons as codes with their values, position for position, for a reader to show in
   * its own language. Optional, and so added within the `.v1` topics rather than as a `.v2`: a
   * consumer built before it drops it unread (the tolerant reader of `parseContract`), and a
   * decision made before it (an event still on a topic, a row stored earlier) has none, which a
   * reader shows by its English `reasons`. Producers of this version always set it.
   */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ReasonOfDecision) reasonCodes?: DecisionReason[];
  @IsString() policyVersion: string;
}

/** A reason to add to a decision: its English text and its code with values. */
export interface AddedReason {
  text: string;
  reason: DecisionReason;
}

/**
 * The reasons of `decision` with `added` after them, text and code alike. A decision made without
 * codes (by an earlier classifier) keeps none, so codes never stand beside the wrong texts.
 */
export function withAddedReasons<D extends Pick<RoutingDecision, 'reasons' | 'reasonCodes'>>(
  decision: D,
  added: readonly AddedReason[],
): D {
  const codes = decision.reasonCodes;
  return {
    ...decision,
    reasons: [...decision.reasons, ...added.map((a) => a.text)],
    reasonCodes: codes && codes.length === decision.reasons.length ? [...codes, ...added.map((a) => a.reason)] : undefined,
  };
}
