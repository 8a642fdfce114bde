import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { MaxReclassificationReasonLength } from '@inquiry-router/contracts';

export class ReturnInquiryRequest {
  @ApiProperty({ minLength: 3, maxLength: MaxReclassificationReasonLength, example: "This is about sick pay, which is NAV's." })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, MaxReclassificationReasonLength)
  reason: string;
}
