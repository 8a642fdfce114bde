import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RoutingDecision } from '../decision/routing-decision';
import {
  AgencyCode,
  CaseType,
  CaseTypes,
  InquiryIdPattern,
  MaxReclassificationReasonLength,
  ReclassificationSource,
  ReclassificationSources,
  RoutingTarget,
  TargetPattern,
  TechnicalCategories,
  TechnicalCategory,
} from '../vocabulary';

/** The decision being replaced, as far as routing is concerned. */
export class PreviousRouting {
  @Matches(TargetPattern) target: RoutingTarget;
  @IsOptional() @IsString() agency: AgencyCode | null;
  @IsOptional() @IsIn(TechnicalCategories) category: TechnicalCategory | null;
  @IsOptional() @IsIn(CaseTypes) caseType: CaseType | null;
}

/**
 * Key: the inquiry id. Published by workdesk when a person changes where an inquiry goes; the
 * router re-routes it. `decision` is the new one (its reasons say who changed it and why);
 * `previous` is what the person saw, so the router can tell a correction overtaken by another.
 */
export class InquiryReclassified {
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsDefined() @ValidateNested() @Type(() => RoutingDecision) decision: RoutingDecision;
  @IsDefined() @ValidateNested() @Type(() => PreviousRouting) previous: PreviousRouting;
  @IsIn(ReclassificationSources) source: ReclassificationSource;
  /** The username of the adviser, supervisor or agency user. */
  @IsString() @IsNotEmpty() @MaxLength(100) actor: string;
  @IsString() @MinLength(3) @MaxLength(MaxReclassificationReasonLength) reason: string;
  @IsISO8601() reclassifiedAt: string;
}
