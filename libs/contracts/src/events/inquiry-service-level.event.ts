import { IsIn, IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Channel, Channels, InquiryIdPattern } from '../vocabulary';

/**
 * A waiting inquiry's service level. Key: the inquiry id. Published by the router's periodic
 * check, once per inquiry each: `inquiry.sla-warning.v1` when only the warning share of its
 * target is left (e.g. 20 %), `inquiry.sla-breached.v1` when its due time has passed unanswered.
 * The same is a row in the inquiry's history (`sla-warning`, `sla-breached`).
 */
export class InquiryServiceLevelAlert {
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsIn(Channels) channel: Channel;
  @IsString() @IsNotEmpty() @MaxLength(100) queue: string;
  @IsISO8601() receivedAt: string;
  /** When the answer is due, counted in opening time. */
  @IsISO8601() dueAt: string;
  /** The target, e.g. "4 opening-hours". */
  @IsString() @IsNotEmpty() @MaxLength(100) slaTarget: string;
  /** When the check found it. */
  @IsISO8601() detectedAt: string;
}

export class InquirySlaWarning extends InquiryServiceLevelAlert {}
export class InquirySlaBreached extends InquiryServiceLevelAlert {}
