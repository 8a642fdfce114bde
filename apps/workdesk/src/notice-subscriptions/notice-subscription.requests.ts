import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  ComponentCodePattern,
  NoticeAudience,
  NoticeAudiences,
  NoticeEnvironment,
  NoticeEnvironments,
  SubscriptionChannel,
  SubscriptionChannels,
  MaxEmailAddressLength,
  type NewNoticeSubscription,
} from '@inquiry-router/contracts';
import { SubscriptionTokenPattern } from '@inquiry-router/notices';

const languages = ['nb', 'nn', 'en'] as const;

/** A form field may come once (a string, perhaps comma-separated) or repeated (a list); JSON gives a list. */
const asList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : value;

/** A form leaves an unused field empty: that is the field not given. */
const emptyAsMissing = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

/** What a subscription asks for; the same for an operator's and a subscriber's own. */
export class NoticeSubscriptionRequest implements NewNoticeSubscription {
  @ApiProperty({ enum: SubscriptionChannels })
  @IsIn(SubscriptionChannels)
  channel: SubscriptionChannel;

  @ApiPropertyOptional({ description: 'email: where notices go; webhook: who is told (and confirms, when self-made)' })
  @Transform(emptyAsMissing)
  @ValidateIf((r: NoticeSubscriptionRequest) => r.channel === 'email' || r.email !== undefined)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(MaxEmailAddressLength)
  email?: string;

  @ApiPropertyOptional({ description: 'webhook: the https URL notices are POSTed to (Standard Webhooks)' })
  @Transform(emptyAsMissing)
  @ValidateIf((r: NoticeSubscriptionRequest) => r.channel === 'webhook' || r.webhookUrl !== undefined)
  @IsString()
  @MaxLength(2000)
  webhookUrl?: string;

  @ApiPropertyOptional({ type: [String], description: 'component codes (GET /api/notices/components); none: all' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ComponentCodePattern, { each: true, message: 'each component must be a component code' })
  components?: string[];

  @ApiPropertyOptional({ enum: NoticeEnvironments, isArray: true, description: 'none: all' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsIn(NoticeEnvironments, { each: true })
  environments?: NoticeEnvironment[];

  @ApiPropertyOptional({ enum: NoticeAudiences, isArray: true, description: 'none: all' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsIn(NoticeAudiences, { each: true })
  audiences?: NoticeAudience[];

  @ApiPropertyOptional({ enum: languages, default: 'nb' })
  @Transform(emptyAsMissing)
  @IsOptional()
  @IsIn(languages)
  language?: (typeof languages)[number];
}

/** A confirmation or unsubscribe link's token, in the query or (from the page's button) the form. */
export class SubscriptionTokenQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SubscriptionTokenPattern, { message: 'token is not a token of a subscription link' })
  token?: string;
}

/** The page's button posts the token; a mail client's one-click unsubscribe (RFC 8058) posts `List-Unsubscribe=One-Click`. */
export class SubscriptionTokenForm extends SubscriptionTokenQuery {
  @ApiPropertyOptional({ enum: ['One-Click'] })
  @IsOptional()
  @IsIn(['One-Click'])
  'List-Unsubscribe'?: 'One-Click';
}
