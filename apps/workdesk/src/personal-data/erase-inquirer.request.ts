import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { PersonalDataErasureOrder } from '@inquiry-router/contracts';

/** Why a person's personal data is erased (their request, its date and how it came): kept in the audit. */
export class EraseInquirerRequest implements PersonalDataErasureOrder {
  @ApiProperty({ example: 'Erasure requested by the inquirer in a letter of 2026-12-01, identity checked' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}
