import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Trimmed } from '@inquiry-router/runtime';

export class AnswerAsAgencyRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 20000,
    example: 'Fristen for skattemeldingen er 30. april. Du kan søke om utsettelse i skattemeldingen.',
  })
  @Trimmed()
  @IsString()
  @Length(1, 20000)
  text: string;
}

export class AgencyAnswerView {
  @ApiProperty() inquiryId: string;
  @ApiProperty({ description: 'the outbound.message.v1 id of the answer' }) messageId: string;
  @ApiProperty({ example: 'resolved' }) status: string;
}
