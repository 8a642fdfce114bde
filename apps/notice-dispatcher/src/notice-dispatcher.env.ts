import { IsEmail, IsInt, Max, Min } from 'class-validator';
import { IsHttpUrl } from '@inquiry-router/contracts';
import { DefaultRetryDelaysSeconds, RetryDelaysSeconds, retryDelaysMs } from '@inquiry-router/outbound-delivery';
import { CommonEnv, DefaultPorts, LocalWorkdeskUrl, ProductionSecret, RequiredInProduction, SmtpRelayUrl } from '@inquiry-router/runtime';

/** Outside production only: the workdesk's development default is the same, so links work on a developer's machine. */
const developmentTokenSecret = 'development-notice-token-secret-not-for-production';

export class NoticeDispatcherEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) NOTICE_DISPATCHER_PORT: number = DefaultPorts['notice-dispatcher'];

  /** How often due deliveries are looked for and sent. */
  @IsInt() @Min(100) @Max(60_000) NOTICE_SEND_INTERVAL_MS: number = 1000;
  /** At most this many deliveries are taken (and sent side by side) per run of one instance. */
  @IsInt() @Min(1) @Max(500) NOTICE_SEND_BATCH: number = 20;

  /** Delay before each retry, in seconds (1 to 10 values); the last repeats until NOTICE_DELIVERY_MAX_AGE_SECONDS. */
  @RetryDelaysSeconds(10)
  NOTICE_DELIVERY_RETRY_DELAYS_SECONDS = DefaultRetryDelaysSeconds;

  /** No attempt is scheduled later than this after the first one; then the delivery has failed for good. */
  @IsInt() @Min(1) @Max(7 * 86400) NOTICE_DELIVERY_MAX_AGE_SECONDS: number = 86400;

  /** How long one webhook call (and each SMTP step) may take before it counts as failed. */
  @IsInt() @Min(100) @Max(120_000) NOTICE_WEBHOOK_TIMEOUT_MS: number = 10_000;

  /** Outbound relay for notice mails (`smtp://host:port`); unset: mail deliveries fail (and are retried). */
  @SmtpRelayUrl() SMTP_RELAY_URL?: string;

  @IsEmail() NOTICE_MAIL_FROM = 'driftsmeldinger@altinn.example';

  /**
   * Where the workdesk is reached from outside: the status page (`/status`) and the unsubscribe
   * links in mails. Required in production; elsewhere default http://127.0.0.1:3000.
   */
  @RequiredInProduction()
  @IsHttpUrl('STATUS_PUBLIC_URL must be the http(s) address the workdesk is reached at from outside (required in production)')
  STATUS_PUBLIC_URL?: string;

  /**
   * Signs the unsubscribe token of every subscription (an HMAC of its id); the workdesk must have
   * the same. Required in production; a development default elsewhere.
   */
  @ProductionSecret()
  NOTICE_TOKEN_SECRET?: string;

  get retryDelaysMs(): number[] {
    return retryDelaysMs(this.NOTICE_DELIVERY_RETRY_DELAYS_SECONDS);
  }

  get noticeTokenSecret(): string {
    return this.NOTICE_TOKEN_SECRET ?? developmentTokenSecret;
  }

  get statusPublicUrl(): string {
    return (this.STATUS_PUBLIC_URL ?? LocalWorkdeskUrl).replace(/\/+$/, '');
  }
}
