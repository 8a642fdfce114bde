import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class AnswerAsAgencyRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 20000,
    example: 'Fristen for skattemeldingen er 30. april. Du kan søke om utsettelse i skattemeldingen.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 20000)
  text: string;
}

export class AgencyAnswerView {
  @ApiProperty() inquiryId: string;
  @ApiProperty({ description: 'the outbound.message.v1 id of the answer' }) messageId: string;
  @ApiProperty({ example: 'resolved' }) status: string;
}
