import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  NoticeAudience,
  NoticeAudiences,
  NoticeEnvironment,
  NoticeEnvironments,
  NoticeIdPattern,
  NoticeKind,
  NoticeKinds,
  NoticeSeverities,
  NoticeSeverity,
  NoticeStatus,
  NoticeStatuses,
} from '../vocabulary';
import { MaxNoticeTextLength } from '../text-limits';

/** A text in bokmål, with nynorsk and English where the operator wrote them. */
export class NoticeText {
  @IsString() @IsNotEmpty() @MaxLength(MaxNoticeTextLength) nb: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MaxNoticeTextLength) nn?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(MaxNoticeTextLength) en?: string;
}

/**
 * Key: the notice id. Published by the workdesk, through the outbox, for every entry of a notice's
 * history: its registration (`sequence` 1) and each update after. Carries the notice as it stands
 * after the change, so a subscriber's message needs nothing else; `sequence` with the notice id
 * names the entry, and the notice-dispatcher sends each entry to each subscriber once.
 */
export class NoticeChanged {
  @Matches(NoticeIdPattern) noticeId: string;
  @IsInt() @Min(1) sequence: number;
  @IsIn(NoticeKinds) kind: NoticeKind;
  @IsIn(NoticeStatuses) status: NoticeStatus;
  @IsIn(NoticeSeverities) severity: NoticeSeverity;
  @ValidateNested() @Type(() => NoticeText) title: NoticeText;
  /** The notice's description as it stands. */
  @ValidateNested() @Type(() => NoticeText) description: NoticeText;
  /** What this entry says: the registration's description, or the update's message. */
  @ValidateNested() @Type(() => NoticeText) message: NoticeText;
  @IsArray() @ArrayNotEmpty() @IsString({ each: true }) components: string[];
  @IsArray() @ArrayNotEmpty() @IsIn(NoticeEnvironments, { each: true }) environments: NoticeEnvironment[];
  @IsArray() @ArrayNotEmpty() @IsIn(NoticeAudiences, { each: true }) audiences: NoticeAudience[];
  @IsISO8601() startsAt: string;
  @IsOptional() @IsISO8601() expectedEndAt: string | null;
  @IsOptional() @IsISO8601() endedAt: string | null;
  /** Username of the operator or supervisor who made the change. */
  @IsString() @IsNotEmpty() @MaxLength(100) changedBy: string;
  @IsISO8601() changedAt: string;
}
