import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { AttachmentMeta, Channels, Inquiry, InquiryParty, Languages } from '@inquiry-router/contracts';

/**
 * An inquiry as the generic intake accepts it: the contract's fields, with `receivedAt`
 * defaulting to now. Any other field is refused (400 naming it), like the labels (`expected`) of
 * the evaluation data sets, which a caller strips before sending.
 */
export class IntakeInquiryRequest extends Inquiry {
  @ApiProperty({ example: 'inq-2026-000123' }) declare id: string;
  @ApiProperty({ enum: Channels }) declare channel: Inquiry['channel'];
  @ApiPropertyOptional({ description: 'ISO 8601; defaults to the time of intake' })
  @IsOptional()
  @IsISO8601({ strict: true })
  declare receivedAt: string;
  @ApiProperty({ type: InquiryParty }) @ValidateNested() @Type(() => InquiryParty) declare from: InquiryParty;
  @ApiProperty({ example: 'brukerservice@altinn.example' }) declare to: string;
  @ApiPropertyOptional() declare subject?: string;
  @ApiProperty() declare body: string;
  @ApiPropertyOptional({ enum: Languages }) declare language?: Inquiry['language'];
  @ApiPropertyOptional() declare serviceCode?: string;
  @ApiPropertyOptional() declare threadRef?: string;
  @ApiPropertyOptional({ type: [AttachmentMeta] }) declare attachments?: AttachmentMeta[];
}
