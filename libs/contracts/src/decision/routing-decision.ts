import { IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import {
  AgencyCode,
  CaseType,
  CaseTypes,
  Kind,
  Kinds,
  RoutingTarget,
  TargetPattern,
  TechnicalCategories,
  TechnicalCategory,
} from '../vocabulary';

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
