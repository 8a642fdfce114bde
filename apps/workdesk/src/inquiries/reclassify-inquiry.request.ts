import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CaseTypes, MaxReclassificationReasonLength, TechnicalCategories, type InquiryReclassification } from '@inquiry-router/contracts';
import { Trimmed } from '@inquiry-router/runtime';

/** An adviser's correction. Whether target, category and caseType fit together is checked by the use case. */
export class ReclassifyInquiryRequest implements InquiryReclassification {
  @ApiProperty({
    description: '`first-line`, `second-line`, `servicedesk` or `agency:<code>` (an agency of the active policy)',
    example: 'second-line',
  })
  @IsString()
  @MaxLength(40)
  target: string;

  @ApiPropertyOptional({
    enum: TechnicalCategories,
    description: 'required for first-line, second-line and servicedesk; not for an agency',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ enum: CaseTypes, description: 'required for servicedesk only' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  caseType?: string;

  @ApiProperty({ minLength: 3, maxLength: MaxReclassificationReasonLength, example: 'Quotes feilkode 403: second line.' })
  @Trimmed()
  @IsString()
  @Length(3, MaxReclassificationReasonLength)
  reason: string;
}
