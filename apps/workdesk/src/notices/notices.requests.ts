import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ComponentCodePattern,
  type NoticeAudience,
  NoticeAudiences,
  type NoticeEnvironment,
  NoticeEnvironments,
  type NoticeKind,
  NoticeKinds,
  NoticeSeverities,
  type NoticeSeverity,
  type NoticeStatus,
  NoticeStatuses,
  MaxNoticeTextLength,
  type NewNotice,
  type NoticeTextView,
  type NoticeUpdate,
} from '@inquiry-router/contracts';

const someText = /\S/;
const oneWord = /^[^\s]{1,50}$/;
const instant = { strict: true, strictSeparator: true };

// A notice's text in its languages: bokmål must be written; nynorsk and English may be left out,
// not left blank. The checks are listed in the order stacked property decorators take effect (the
// lowest first), so a refusal gives its reasons in that order.
const Bokmal = (maxLength: number) =>
  applyDecorators(MaxLength(maxLength), Matches(someText, { message: 'nb must be written (bokmål is required)' }), IsString());
const Translation = (maxLength: number) =>
  applyDecorators(
    MaxLength(maxLength),
    Matches(someText, { message: '$property must not be blank; leave it out instead' }),
    IsString(),
    IsOptional(),
  );

/** A short text (a title) in bokmål, with nynorsk and English where written. */
export class NoticeTitleRequest implements NoticeTextView {
  @ApiProperty({ example: 'Innlogging feiler for enkelte brukere' })
  @Bokmal(200)
  nb: string;

  @ApiPropertyOptional({ example: 'Innlogging feilar for somme brukarar' })
  @Translation(200)
  nn?: string;

  @ApiPropertyOptional({ example: 'Login fails for some users' })
  @Translation(200)
  en?: string;
}

/** A longer text (a description, an update's message) in bokmål, with nynorsk and English where written. */
export class NoticeMessageRequest implements NoticeTextView {
  @ApiProperty({ example: 'Vi undersøker feil ved innlogging med BankID.' })
  @Bokmal(MaxNoticeTextLength)
  nb: string;

  @ApiPropertyOptional()
  @Translation(MaxNoticeTextLength)
  nn?: string;

  @ApiPropertyOptional({ example: 'We are looking into failures when logging in with BankID.' })
  @Translation(MaxNoticeTextLength)
  en?: string;
}

const ComponentsDescription = 'codes of the portal’s components (`GET /api/notices/components`)';
const KeywordsDescription = 'at most 20 single words that tie an inquiry’s text to the incident, besides those of its title';

// What a notice reaches and the words that tie inquiries to it, checked alike when it is registered
// and when it is updated. Each lists its checks in the order stacked property decorators take effect
// (the lowest first), so a refusal gives its reasons in that order.
const ComponentCodes = () =>
  applyDecorators(
    Matches(ComponentCodePattern, { each: true, message: 'each component must be a component code' }),
    ArrayMaxSize(50),
    ArrayNotEmpty({ message: 'components must name at least one component' }),
    IsArray(),
  );
const EnvironmentList = () =>
  applyDecorators(
    IsIn(NoticeEnvironments, { each: true, message: `each environment must be one of ${NoticeEnvironments.join(', ')}` }),
    ArrayNotEmpty({ message: 'environments must name at least one environment' }),
    IsArray(),
  );
const AudienceList = () =>
  applyDecorators(
    IsIn(NoticeAudiences, { each: true, message: `each audience must be one of ${NoticeAudiences.join(', ')}` }),
    ArrayNotEmpty({ message: 'audiences must name at least one audience' }),
    IsArray(),
  );
const Keywords = () =>
  applyDecorators(
    Matches(oneWord, { each: true, message: 'each keyword must be one word (no spaces, at most 50 characters)' }),
    ArrayMaxSize(20, { message: 'keywords must be at most 20 words' }),
    IsArray(),
  );

/** A new incident or planned maintenance; it starts in `investigating` (incident) or `scheduled` (maintenance). */
export class RegisterNoticeRequest implements NewNotice {
  @ApiProperty({ enum: NoticeKinds })
  @IsIn(NoticeKinds, { message: `kind must be one of ${NoticeKinds.join(', ')}` })
  kind: NoticeKind;

  @ApiProperty({ enum: NoticeSeverities })
  @IsIn(NoticeSeverities, { message: `severity must be one of ${NoticeSeverities.join(', ')}` })
  severity: NoticeSeverity;

  @ApiProperty({ type: NoticeTitleRequest })
  @ValidateNested()
  @Type(() => NoticeTitleRequest)
  title: NoticeTitleRequest;

  @ApiProperty({ type: NoticeMessageRequest })
  @ValidateNested()
  @Type(() => NoticeMessageRequest)
  description: NoticeMessageRequest;

  @ApiProperty({ isArray: true, type: String, example: ['login'], description: ComponentsDescription })
  @ComponentCodes()
  components: string[];

  @ApiProperty({ enum: NoticeEnvironments, isArray: true })
  @EnvironmentList()
  environments: NoticeEnvironment[];

  @ApiProperty({ enum: NoticeAudiences, isArray: true })
  @AudienceList()
  audiences: NoticeAudience[];

  @ApiPropertyOptional({ isArray: true, type: String, example: ['bankid'], description: KeywordsDescription })
  @IsOptional()
  @Keywords()
  keywords?: string[];

  @ApiProperty({ example: '2026-12-07T08:00:00Z', description: 'ISO 8601 with offset' })
  @IsISO8601(instant, { message: 'startsAt must be an ISO 8601 date and time' })
  startsAt: string;

  @ApiPropertyOptional({ example: '2026-12-07T12:00:00Z', description: 'ISO 8601 with offset; after startsAt' })
  @IsOptional()
  @IsISO8601(instant, { message: 'expectedEndAt must be an ISO 8601 date and time' })
  expectedEndAt?: string;
}

/** An update: the new status (or the same, to add a message), its message, and the fields that change (the rest stay). */
export class UpdateNoticeRequest implements NoticeUpdate {
  @ApiProperty({ example: 1, description: 'the version the update was made on (`version` of the notice as read)' })
  @IsInt({ message: 'version must be the version of the notice as read' })
  @Min(1)
  version: number;

  @ApiProperty({ enum: NoticeStatuses })
  @IsIn(NoticeStatuses, { message: `status must be one of ${NoticeStatuses.join(', ')}` })
  status: NoticeStatus;

  @ApiProperty({ type: NoticeMessageRequest })
  @ValidateNested()
  @Type(() => NoticeMessageRequest)
  message: NoticeMessageRequest;

  @ApiPropertyOptional({ enum: NoticeSeverities })
  @IsOptional()
  @IsIn(NoticeSeverities, { message: `severity must be one of ${NoticeSeverities.join(', ')}` })
  severity?: NoticeSeverity;

  @ApiPropertyOptional({ type: NoticeTitleRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => NoticeTitleRequest)
  title?: NoticeTitleRequest;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'ISO 8601 with offset, after the start; null: no longer known' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601(instant, { message: 'expectedEndAt must be an ISO 8601 date and time, or null' })
  expectedEndAt?: string | null;

  @ApiPropertyOptional({ isArray: true, type: String, description: ComponentsDescription })
  @IsOptional()
  @ComponentCodes()
  components?: string[];

  @ApiPropertyOptional({ enum: NoticeEnvironments, isArray: true })
  @IsOptional()
  @EnvironmentList()
  environments?: NoticeEnvironment[];

  @ApiPropertyOptional({ enum: NoticeAudiences, isArray: true })
  @IsOptional()
  @AudienceList()
  audiences?: NoticeAudience[];

  @ApiPropertyOptional({ isArray: true, type: String, description: KeywordsDescription })
  @IsOptional()
  @Keywords()
  keywords?: string[];
}

export const NoticeListStates = ['active', 'upcoming', 'ended', 'all'] as const;
export type NoticeListState = (typeof NoticeListStates)[number];

export class NoticeListQuery {
  @ApiPropertyOptional({ enum: NoticeListStates, description: 'in force, announced ahead, ended, or all (default)' })
  @IsOptional()
  @IsIn(NoticeListStates, { message: `state must be one of ${NoticeListStates.join(', ')}` })
  state?: NoticeListState;
}
