import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { CaseIdPattern, CaseStatus, CaseStatuses, CaseType, CaseTypes, InquiryIdPattern } from '../vocabulary';
import { MaxCaseNoteLength } from '../text-limits';

/**
 * Key: the case id. Published by workdesk on every change of a case's status: its registration
 * (`from` null), a person's change, and a reopening by the reporter's reply.
 */
export class CaseStatusChanged {
  @Matches(CaseIdPattern) caseId: string;
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsIn(CaseTypes) type: CaseType;
  @IsOptional() @IsIn(CaseStatuses) from: CaseStatus | null;
  @IsIn(CaseStatuses) to: CaseStatus;
  @IsOptional() @IsString() @MaxLength(MaxCaseNoteLength) note?: string;
  /** Username of the adviser/supervisor, or the app name when a reply reopened it. */
  @IsString() @IsNotEmpty() @MaxLength(100) actor: string;
  @IsISO8601() changedAt: string;
}

/** Key: the case id. A case has had no update for the configured number of days; its owner is reminded. */
export class CaseReminder {
  @Matches(CaseIdPattern) caseId: string;
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsIn(CaseStatuses) status: CaseStatus;
  /** The owner to remind; null when nobody owns it yet (then supervisors see it). */
  @IsOptional() @IsString() @MaxLength(100) owner: string | null;
  @IsISO8601() lastUpdateAt: string;
  @IsInt() @Min(0) idleDays: number;
  @IsISO8601() remindedAt: string;
}
