import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { AgencyDeliveryChannel, AgencyDeliveryChannels, InquiryIdPattern } from '../vocabulary';

/**
 * Headers on a forwarded inquiry waiting in a retry topic (`inquiry.forwarded.v1.retry.<n>`):
 * when it may be tried again (epoch milliseconds) and how many attempts were made before it.
 */
export const DeliveryRetryHeaders = {
  DueAt: 'x-retry-due-at',
  Attempts: 'x-retry-attempts',
} as const;

/**
 * Key: the inquiry id. Published by agency-forwarder when a forwarded inquiry has reached its
 * agency: every configured channel answered 2xx / accepted the mail (`via`), or, for an agency
 * with no webhook or mailbox, it is available through the agency API (`via` is empty).
 */
export class AgencyDelivered {
  /** Also the `webhook-id` the agency saw: the same on every attempt, so the agency can drop repeats. */
  @IsUUID() deliveryId: string;
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsString() @IsNotEmpty() @MaxLength(20) agency: string;
  @IsArray() @ArrayMaxSize(2) @IsIn(AgencyDeliveryChannels, { each: true }) via: AgencyDeliveryChannel[];
  /** Attempts it took (0 when it was only made available through the agency API). */
  @IsInt() @Min(0) attempts: number;
  @IsISO8601() deliveredAt: string;
}

/**
 * Key: the inquiry id. Published by agency-forwarder when retries ran out (the schedule's last
 * retry failed, up to 24 hours after the first attempt): the inquiry went to
 * `inquiry.forwarded.v1.dlt` and supervisors must act. Listed by `GET /api/agency-deliveries?status=failed`.
 */
export class AgencyDeliveryFailed {
  @IsUUID() deliveryId: string;
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsString() @IsNotEmpty() @MaxLength(20) agency: string;
  @IsInt() @Min(1) attempts: number;
  /** The last attempt's failure (no secrets, personal data masked). */
  @IsString() @MaxLength(2000) lastError: string;
  @IsOptional() @IsISO8601() firstAttemptAt?: string;
  @IsISO8601() failedAt: string;
}
