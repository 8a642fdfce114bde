import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import {
  type AdviserUpdateKind,
  AdviserUpdateKinds,
  type CompetenceAreaKind,
  CompetenceAreaKinds,
  type CompetenceLevel,
  CompetenceLevels,
  QueueNames,
  TechnicalCategories,
  UsernamePattern,
  type CompetenceSetting,
  type NewAdviserUpdate,
  type QueueName,
  type TechnicalCategory,
} from '@inquiry-router/contracts';
import { ListLimit, Trimmed } from '@inquiry-router/runtime';

/** One competence to set for the adviser named in the path; `level: null` removes it. */
export class SetCompetenceRequest implements CompetenceSetting {
  @ApiProperty({ enum: CompetenceAreaKinds }) @IsIn(CompetenceAreaKinds) areaKind: CompetenceAreaKind;

  @ApiProperty({ description: 'a technical category (areaKind category) or a queue (areaKind queue)', example: 'login' })
  @IsIn([...TechnicalCategories, ...QueueNames], { message: `area must be a technical category or a queue` })
  area: string;

  @ApiProperty({ enum: CompetenceLevels, nullable: true, description: 'null removes the competence' })
  @ValidateIf((_, v) => v !== null)
  @IsIn(CompetenceLevels)
  level: CompetenceLevel | null;

  @ApiPropertyOptional({ nullable: true, description: 'a trainee’s mentor: an adviser at the mentor level in the same area' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(UsernamePattern, { message: 'mentor must be a username' })
  mentor?: string | null;
}

export class CompetenceAuditQuery {
  @ApiPropertyOptional({ description: 'only this adviser’s changes' })
  @IsOptional()
  @Matches(UsernamePattern, { message: 'adviser must be a username' })
  adviser?: string;

  @ListLimit({ max: 500, default: 200 })
  limit: number;
}

/** An update advisers must take in. */
export class PublishAdviserUpdateRequest implements NewAdviserUpdate {
  @ApiProperty({ enum: AdviserUpdateKinds }) @IsIn(AdviserUpdateKinds) kind: AdviserUpdateKind;

  @ApiProperty({ minLength: 1, maxLength: 200 }) @Trimmed() @IsString() @Length(1, 200) title: string;

  @ApiProperty({ minLength: 1, maxLength: 10000 }) @Trimmed() @IsString() @Length(1, 10000) body: string;

  @ApiPropertyOptional({ enum: TechnicalCategories, isArray: true, description: 'the categories it is about (none: all advisers)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TechnicalCategories.length)
  @IsIn(TechnicalCategories, { each: true })
  categories?: TechnicalCategory[];

  @ApiPropertyOptional({ enum: QueueNames, isArray: true, description: 'the queues it is about (none: all advisers)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QueueNames.length)
  @IsIn(QueueNames, { each: true })
  queues?: QueueName[];

  @ApiPropertyOptional({ default: false, description: 'advisers may not claim work in its categories and queues until they confirm it' })
  @IsOptional()
  @IsBoolean()
  requiredBeforeClaiming?: boolean;

  @ApiPropertyOptional({ description: 'the agreement version it announces', example: '2026-12-05' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  agreementVersion?: string;

  @ApiPropertyOptional({ description: 'the incident (notice id) it is about' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  incidentId?: string;
}
