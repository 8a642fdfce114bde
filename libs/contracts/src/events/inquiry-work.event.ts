import { IsIn, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { InquiryIdPattern, WorkEventType, WorkEventTypes } from '../vocabulary';
import { MaxAdviserNoteLength } from '../text-limits';

/**
 * Key: the inquiry id. Published by workdesk (and the router's overflow check) for every change in
 * who holds an inquiry and where it waits; the same change is a row in the inquiry's history.
 * `sent-to-servicedesk` carries `caseType`, so the service desk can open its case from the event.
 */
export class InquiryWork {
  @IsIn(WorkEventTypes) type: WorkEventType;
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  /** The queue it waits in (or waited in) after the change; null once it left the queues. */
  @IsOptional() @IsString() @MaxLength(100) queue: string | null;
  /** The adviser who holds (or held) it. */
  @IsOptional() @IsString() @MaxLength(100) adviser: string | null;
  /** Who made the change: a username, or the app for automatic changes (lapses, overflow). */
  @IsString() @IsNotEmpty() @MaxLength(100) actor: string;
  @IsISO8601() at: string;
  @IsOptional() @IsISO8601() reservedUntil?: string;
  @IsOptional() @IsString() @MaxLength(100) agency?: string;
  @IsOptional() @IsString() @MaxLength(40) caseType?: string;
  @IsOptional() @IsString() @MaxLength(MaxAdviserNoteLength) note?: string;
  /** Anything else the change carries (the queue it came from, why it lapsed). */
  @IsOptional() @IsObject() details?: Record<string, unknown>;
}
