import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsHttpUrl } from '@inquiry-router/contracts';
import { CommonEnv, DefaultPorts, RequiredInProduction } from '@inquiry-router/runtime';

/**
 * The platforms' secrets are required in production. Elsewhere they may be unset (so `npm start`
 * boots without them): a webhook whose secret is unset is then refused with 403, never accepted.
 */
export class SocialAdapterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) SOCIAL_ADAPTER_PORT: number = DefaultPorts['social-adapter'];

  /** Largest webhook body accepted, in bytes; bigger ones get 413. */
  @IsInt() @Min(1024) @Max(50 * 1024 * 1024) SOCIAL_BODY_LIMIT_BYTES: number = 1024 * 1024;

  /** Our account as it appears in `Inquiry.to`. */
  @IsString() @IsNotEmpty() @MaxLength(320) SUPPORT_SOCIAL_ACCOUNT = '@altinn';

  /** How long a conversation keeps its thread after its last message, in seconds. */
  @IsInt() @Min(60) CONVERSATION_TTL_SECONDS: number = 30 * 24 * 3600;

  // Meta (Messenger and Instagram)
  @RequiredInProduction() @IsString() @IsNotEmpty() META_VERIFY_TOKEN?: string;
  @RequiredInProduction() @IsString() @IsNotEmpty() META_APP_SECRET?: string;
  @RequiredInProduction() @IsString() @IsNotEmpty() META_PAGE_ACCESS_TOKEN?: string;
  @IsHttpUrl() META_GRAPH_URL = 'https://graph.facebook.com/v21.0';

  // X (account activity API and DMs)
  @RequiredInProduction() @IsString() @IsNotEmpty() X_CONSUMER_SECRET?: string;
  @RequiredInProduction() @IsString() @IsNotEmpty() X_BEARER_TOKEN?: string;
  /** Our own account's user id: DMs it sent are ignored. */
  @RequiredInProduction() @Matches(/^[0-9]{1,25}$/, { message: 'X_ACCOUNT_ID must be a numeric user id' }) X_ACCOUNT_ID?: string;
  @IsHttpUrl() X_API_URL = 'https://api.x.com';

  /** Timeout for one call to a platform's send API, in milliseconds. */
  @IsOptional() @IsInt() @Min(100) @Max(60_000) REPLY_TIMEOUT_MS: number = 5000;

  /** How often ordered opening exceptions and service-level targets (for the expected answer time) are read again. */
  @IsInt() @Min(1) @Max(3600) OPENING_HOURS_REFRESH_SECONDS: number = 30;
}
