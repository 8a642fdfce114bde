import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Channel, Channels, InquiryIdPattern, Language, Languages, MaxBodyLength, OutboundPurpose, OutboundPurposes } from '../vocabulary';

/**
 * Key: the inquiry id. Anyone who needs to say something to an inquirer publishes this; the
 * adapter of `channel` sends it. Publishers name only the inquiry: the adapter looks up the
 * recipient (address, handle, phone, thread) from the inquiry in Postgres, so personal data
 * does not travel twice. `messageId` makes sending idempotent across redeliveries.
 */
export class OutboundMessage {
  @IsUUID() messageId: string;
  @IsString() @Matches(InquiryIdPattern) inquiryId: string;
  @IsIn(Channels) channel: Channel;
  @IsIn(OutboundPurposes) purpose: OutboundPurpose;
  @IsIn(Languages) language: Language;
  @IsOptional() @IsString() @MaxLength(1000) subject?: string;
  @IsString() @IsNotEmpty() @MaxLength(MaxBodyLength) body: string;
  /** Username of the person who sent it, or the app name for automatic notices. */
  @IsString() @IsNotEmpty() @MaxLength(100) sentBy: string;
  @IsISO8601() createdAt: string;
}
