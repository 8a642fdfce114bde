import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AgencyAgreement,
  AgreementException,
  AgreementExample,
  ContactPoints,
  PolicyChange,
  WeightedTerms,
  MaxPolicyTermLength,
} from '@inquiry-router/classification';
import {
  AgencyCodePattern,
  TechnicalCategories,
  TechnicalCategory,
  type AgreementReplacement,
  type PolicySimulationOrder,
} from '@inquiry-router/contracts';

// Shapes only: what the classifier can use (patterns compile, terms can match, codes unique) is
// checked by validatePolicy on the resulting document, which reports every problem with its path.

const MaxTerms = 2000;

function StringList(options: { maxItems: number; maxLength: number }): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayMaxSize(options.maxItems)(target, key);
    IsString({ each: true })(target, key);
    MaxLength(options.maxLength, { each: true })(target, key);
  };
}

type DtoClass = new () => object;

/** A nested object, validated as its class (`type`) says. */
function Nested(type: () => DtoClass): PropertyDecorator {
  return (target, key) => {
    Type(type)(target, key);
    ValidateNested()(target, key);
  };
}

/** A list of at most `maxItems` nested objects, each validated as its class (`type`) says. */
function NestedList(type: () => DtoClass, maxItems: number): PropertyDecorator {
  return (target, key) => {
    Type(type)(target, key);
    ValidateNested({ each: true })(target, key);
    ArrayMaxSize(maxItems)(target, key);
    IsArray()(target, key);
  };
}

export class WeightedTermsDto implements WeightedTerms {
  @ApiPropertyOptional({ type: [String], description: 'count 2 each', example: ['skattetrekk*', 'arbeidsgiveravgift*'] })
  @IsOptional()
  @StringList({ maxItems: MaxTerms, maxLength: MaxPolicyTermLength })
  strong?: string[];

  @ApiPropertyOptional({ type: [String], description: 'count 1 each' })
  @IsOptional()
  @StringList({ maxItems: MaxTerms, maxLength: MaxPolicyTermLength })
  weak?: string[];
}

export class AgreementExceptionDto implements AgreementException {
  @ApiProperty({ example: 'Who may submit the a-melding is a roles question for the portal.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  description: string;

  @ApiProperty({ type: [String], example: ['rettighet* ~ a melding*'] })
  @StringList({ maxItems: 200, maxLength: MaxPolicyTermLength })
  terms: string[];

  @ApiProperty({ enum: TechnicalCategories })
  @IsIn(TechnicalCategories)
  category: TechnicalCategory;
}

export class AgreementExampleDto implements AgreementExample {
  @ApiProperty({ example: 'Hvilken sats for arbeidsgiveravgift gjelder i sone 3?' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class AgencyAgreementDto implements AgencyAgreement {
  @ApiProperty({ example: 'skd', pattern: AgencyCodePattern.source })
  @IsString()
  @Matches(AgencyCodePattern, { message: 'code must be 2-20 of a-z, 0-9 and -' })
  code: string;

  @ApiProperty({ example: 'Skatteetaten' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '974761076' })
  @IsString()
  @Matches(/^\d{9}$/, { message: 'orgNumber must be 9 digits' })
  orgNumber: string;

  @ApiProperty({ type: [String], description: "the agency's services on the portal, for advisers" })
  @StringList({ maxItems: 200, maxLength: 500 })
  services: string[];

  @ApiProperty({ type: [String], description: 'service codes (Inquiry.serviceCode) the agency owns' })
  @StringList({ maxItems: 500, maxLength: 100 })
  serviceCodes: string[];

  @ApiProperty({ type: [String], description: 'form numbers as regular-expression sources', example: ['\\brf[- ]?\\d{4}\\b'] })
  @StringList({ maxItems: 50, maxLength: 500 })
  formNumberPatterns: string[];

  @ApiProperty({ type: () => WeightedTermsDto })
  @IsDefined()
  @IsObject()
  @Nested(() => WeightedTermsDto)
  vocabulary: WeightedTermsDto;

  @ApiProperty({ type: () => [AgreementExceptionDto], description: "questions about the agency's services the portal still handles" })
  @NestedList(() => AgreementExceptionDto, 100)
  exceptions: AgreementExceptionDto[];

  @ApiPropertyOptional({ type: () => [AgreementExampleDto] })
  @IsOptional()
  @NestedList(() => AgreementExampleDto, 100)
  examples?: AgreementExampleDto[];
}

export class ContactPointsDto implements ContactPoints {
  @ApiProperty({ type: [String], example: ['brukerservice@altinn.example'] })
  @StringList({ maxItems: 50, maxLength: 320 })
  emails: string[];

  @ApiProperty({ type: [String], example: ['+4775006000'] })
  @StringList({ maxItems: 50, maxLength: 30 })
  phones: string[];

  @ApiProperty({ type: [String], example: ['@altinn'] })
  @StringList({ maxItems: 50, maxLength: 100 })
  socialAccounts: string[];
}

export class ContactPointsChangeDto {
  @ApiPropertyOptional({ type: () => ContactPointsDto })
  @IsOptional()
  @Nested(() => ContactPointsDto)
  support?: ContactPointsDto;

  @ApiPropertyOptional({ type: () => ContactPointsDto })
  @IsOptional()
  @Nested(() => ContactPointsDto)
  servicedesk?: ContactPointsDto;
}

/** Whole agreements replace the ones with their codes (a new code adds one); the rest stays as in force. */
export class PolicyChangeDto implements PolicyChange {
  @ApiPropertyOptional({ type: () => [AgencyAgreementDto], description: 'agreements replaced whole, by code; a new code adds one' })
  @IsOptional()
  @NestedList(() => AgencyAgreementDto, 50)
  agencies?: AgencyAgreementDto[];

  @ApiPropertyOptional({ type: [String], description: 'codes of agreements to remove' })
  @IsOptional()
  @StringList({ maxItems: 50, maxLength: 20 })
  removeAgencies?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 1, example: 0.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  confidenceThreshold?: number;

  @ApiPropertyOptional({ type: () => ContactPointsChangeDto })
  @IsOptional()
  @Nested(() => ContactPointsChangeDto)
  contactPoints?: ContactPointsChangeDto;
}

export class CreateDraftRequest {
  @ApiProperty({ type: () => PolicyChangeDto })
  @IsDefined()
  @IsObject()
  @Nested(() => PolicyChangeDto)
  change: PolicyChangeDto;

  @ApiPropertyOptional({ example: 'SKD asks us to route fiskeavgift questions to them' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ReplaceAgreementRequest implements AgreementReplacement {
  @ApiProperty({ type: () => AgencyAgreementDto, description: 'the whole agreement; its code must be the one in the path' })
  @IsDefined()
  @IsObject()
  @Nested(() => AgencyAgreementDto)
  agreement: AgencyAgreementDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class SimulateRequest implements PolicySimulationOrder {
  @ApiPropertyOptional({ description: 'a stored draft to simulate (or give `change`)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  draftId?: string;

  @ApiPropertyOptional({ type: () => PolicyChangeDto, description: 'a change to simulate without storing it (or give `draftId`)' })
  @IsOptional()
  @IsObject()
  @Nested(() => PolicyChangeDto)
  change?: PolicyChangeDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 90, default: 30, description: 'replay the inquiries received in the last N days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 50, default: 5 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  examplesPerTransition?: number;
}
