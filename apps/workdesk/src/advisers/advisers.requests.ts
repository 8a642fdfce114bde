import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  AgencyCodePattern,
  Languages,
  Presences,
  QueueNames,
  type AdviserView as AdviserContract,
  type Channel,
  type Presence,
  type PresenceSetting,
  type QueueName,
} from '@inquiry-router/contracts';

export class SetPresenceRequest implements PresenceSetting {
  @ApiProperty({ enum: Presences }) @IsIn(Presences) presence: Presence;
}

export class CapacityRequest {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(50) phone?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(50) email?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(50) social?: number;
}

/** A supervisor's setting of an adviser's skills and capacity; fields left out stay as they are. */
export class UpdateAdviserRequest {
  @ApiPropertyOptional({ enum: QueueNames, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(QueueNames, { each: true })
  lines?: QueueName[];
  @ApiPropertyOptional({ enum: Languages, isArray: true }) @IsOptional() @IsArray() @IsIn(Languages, { each: true }) languages?: string[];
  @ApiPropertyOptional({ type: [String], example: ['skd'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(AgencyCodePattern, { each: true })
  agencies?: string[];
  @ApiPropertyOptional({ type: CapacityRequest }) @IsOptional() @ValidateNested() @Type(() => CapacityRequest) capacity?: CapacityRequest;
}

/** Documents the answer in OpenAPI; implements the contract the console reads. */
export class AdviserView implements AdviserContract {
  @ApiProperty() username: string;
  @ApiProperty({ enum: QueueNames, isArray: true }) lines: QueueName[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: [String] }) agencies: string[];
  @ApiProperty({ example: { phone: 1, email: 3, social: 3 } }) capacity: Record<Channel, number>;
  @ApiProperty({ enum: Presences }) presence: Presence;
  @ApiPropertyOptional({ nullable: true }) lastSeenAt: string | null;
  @ApiPropertyOptional({ description: 'held now per channel (reserved + accepted)' }) load?: Record<Channel, number>;
  @ApiPropertyOptional() reserved?: number;
  @ApiPropertyOptional() accepted?: number;
}
