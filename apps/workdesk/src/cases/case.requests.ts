import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CaseStatus, CaseStatuses, CaseType, CaseTypes, MaxCaseNoteLength, type CaseStatusChange } from '@inquiry-router/contracts';
import { ListLimit } from '@inquiry-router/runtime';

export class ChangeCaseStatusRequest implements CaseStatusChange {
  @ApiProperty({ enum: CaseStatuses })
  @IsIn(CaseStatuses)
  status: CaseStatus;

  @ApiPropertyOptional({
    maxLength: MaxCaseNoteLength,
    description: 'sent to the reporter with the notice of the change, and kept in the history',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MaxCaseNoteLength)
  note?: string;
}

export class AssignCaseOwnerRequest {
  @ApiProperty({ nullable: true, description: 'an adviser or supervisor username; null: nobody owns the case' })
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  owner: string | null;
}

export class ListCasesQuery {
  @ApiPropertyOptional({ description: 'comma-separated statuses, e.g. registered,in-progress', example: 'registered,in-progress' })
  @IsOptional()
  @Matches(new RegExp(`^(${CaseStatuses.join('|')})(,(${CaseStatuses.join('|')}))*$`), {
    message: `status must be a comma-separated list of ${CaseStatuses.join(', ')}`,
  })
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  owner?: string;

  @ApiPropertyOptional({ description: 'the case of this inquiry or of its conversation' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  inquiry?: string;

  @ApiPropertyOptional({ enum: CaseTypes })
  @IsOptional()
  @IsIn(CaseTypes)
  type?: CaseType;

  @ListLimit({ max: 500, default: 100 })
  limit: number;
}
