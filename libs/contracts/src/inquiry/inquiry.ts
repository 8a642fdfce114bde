import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
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
import { Channel, Channels, InquiryIdPattern, Language, Languages, MaxBodyLength } from '../vocabulary';
import {
  MaxAttachmentContentTypeLength,
  MaxAttachmentFilenameLength,
  MaxAttachments,
  MaxEmailAddressLength,
  MaxSenderNameLength,
  MaxSubjectLength,
} from '../text-limits';
import { HasNoNul } from '../readable-text';
import type { AttachmentView, SenderView } from '../views/inquiries.view';

export class InquiryParty implements SenderView {
  @IsOptional() @IsString() @HasNoNul() @MaxLength(MaxSenderNameLength) name?: string;
  @IsOptional() @IsEmail() @MaxLength(MaxEmailAddressLength) email?: string;
  @IsOptional() @Matches(/^\+?[0-9 ]{3,20}$/, { message: 'phone must be digits, optionally with a leading +' }) phone?: string;
  @IsOptional() @IsString() @HasNoNul() @MaxLength(100) handle?: string;
  @IsOptional() @IsString() @HasNoNul() @MaxLength(40) network?: string;
}

/** Metadata only: attachment content never travels on Kafka. */
export class AttachmentMeta implements AttachmentView {
  @IsString() @IsNotEmpty() @HasNoNul() @MaxLength(MaxAttachmentFilenameLength) filename: string;
  @IsString() @HasNoNul() @MaxLength(MaxAttachmentContentTypeLength) contentType: string;
  @IsInt() @Min(0) size: number;
  @IsOptional() @IsString() @HasNoNul() @MaxLength(500) storageRef?: string;
}

/**
 * The normalized inquiry every channel adapter produces. No text holds a NUL character: the router
 * could not record it (adapters remove control characters from what they read).
 */
export class Inquiry {
  @IsString()
  @Matches(InquiryIdPattern, { message: 'id must be 1-100 characters of A-Z a-z 0-9 . _ : -' })
  id: string;

  @IsIn(Channels) channel: Channel;

  @IsISO8601({ strict: true }) receivedAt: string;

  @IsDefined() @ValidateNested() @Type(() => InquiryParty) from: InquiryParty;

  /** The support address, number or account it was sent to. */
  @IsString() @IsNotEmpty() @HasNoNul() @MaxLength(320) to: string;

  @IsOptional() @IsString() @HasNoNul() @MaxLength(MaxSubjectLength) subject?: string;

  @IsString() @IsNotEmpty() @HasNoNul() @MaxLength(MaxBodyLength) body: string;

  @IsOptional() @IsIn(Languages) language?: Language;

  @IsOptional() @IsString() @HasNoNul() @MaxLength(100) serviceCode?: string;

  /** Joins the inquiry to an existing thread (our reference, Message-ID, conversation id). */
  @IsOptional() @IsString() @HasNoNul() @MaxLength(500) threadRef?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MaxAttachments)
  @ValidateNested({ each: true })
  @Type(() => AttachmentMeta)
  attachments?: AttachmentMeta[];
}
