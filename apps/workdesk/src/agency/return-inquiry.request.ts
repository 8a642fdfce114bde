import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { MaxReclassificationReasonLength } from '@inquiry-router/contracts';
import { Trimmed } from '@inquiry-router/runtime';

export class ReturnInquiryRequest {
  @ApiProperty({ minLength: 3, maxLength: MaxReclassificationReasonLength, example: "This is about sick pay, which is NAV's." })
  @Trimmed()
  @IsString()
  @Length(3, MaxReclassificationReasonLength)
  reason: string;
}
