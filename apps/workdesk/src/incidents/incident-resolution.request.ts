import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { IncidentResolutionOrder, NoticeTextView } from '@inquiry-router/contracts';

/** A text in bokmål, with nynorsk and English where written (an inquirer gets their language, else bokmål). */
export class ResolutionTextRequest implements NoticeTextView {
  @ApiProperty({ example: 'Innloggingen virker igjen. Beklager ulempen.' }) @IsString() @IsNotEmpty() @MaxLength(5000) nb: string;
  @ApiPropertyOptional({ example: 'Innlogginga verkar igjen. Orsak ulempa.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  nn?: string;
  @ApiPropertyOptional({ example: 'Login works again. Sorry for the trouble.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  en?: string;
}

/** The answer every still-open inquiry linked to a resolved incident is sent. */
export class IncidentResolutionRequest implements IncidentResolutionOrder {
  @ApiProperty({ type: ResolutionTextRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextRequest)
  text: ResolutionTextRequest;
}
