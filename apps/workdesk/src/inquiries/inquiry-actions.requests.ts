import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  AgencyCodePattern,
  CaseType,
  CaseTypes,
  MaxAdviserNoteLength,
  MaxBodyLength,
  type InquiryAnswer,
  type InquiryEscalation,
  type InquiryForwarding,
  type InquiryPutBack,
  type ServicedeskHandover,
} from '@inquiry-router/contracts';

export class AnswerInquiryRequest implements InquiryAnswer {
  @ApiProperty({ description: 'the answer, sent back through the inquiry channel' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MaxBodyLength)
  text: string;
  @ApiPropertyOptional({ default: true, description: 'resolve the inquiry with this answer' })
  @IsOptional()
  @IsBoolean()
  resolve?: boolean;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the saved answer (answer template) the text was made from: its use is recorded with the answer; the text may differ from the filled template, but keeps none of its placeholders unfilled',
  })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be an answer template id (a uuid)' })
  templateId?: string;
}

export class EscalateInquiryRequest implements InquiryEscalation {
  @ApiProperty({ description: 'what the second line should know' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MaxAdviserNoteLength)
  note: string;
}

export class ForwardInquiryRequest implements InquiryForwarding {
  @ApiProperty({ example: 'skd', description: 'an agency code of the policy in force' })
  @IsString()
  @Matches(AgencyCodePattern)
  agency: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(MaxAdviserNoteLength) note: string;
}

export class SendToServicedeskRequest implements ServicedeskHandover {
  @ApiProperty({ enum: CaseTypes }) @IsIn(CaseTypes) caseType: CaseType;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(MaxAdviserNoteLength) note: string;
}

export class PutBackInquiryRequest implements InquiryPutBack {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(MaxAdviserNoteLength) note?: string;
}
