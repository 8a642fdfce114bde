import { IsEmail, IsInt, Max, Min } from 'class-validator';
import { InquiryForwardedRetryMaxAgeSeconds, InquiryForwardedRetryTopics } from '@inquiry-router/contracts';
import { DefaultRetryDelaysSeconds, RetryDelaysSeconds, retryDelaysMs } from '@inquiry-router/outbound-delivery';
import { CommonEnv, DefaultPorts, SmtpRelayUrl } from '@inquiry-router/runtime';

export class AgencyForwarderEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) AGENCY_FORWARDER_PORT: number = DefaultPorts['agency-forwarder'];
  /** How soon an agency's name changed in a published routing policy is used in notices and mail. */
  @IsInt() @Min(1) @Max(3600) POLICY_REFRESH_SECONDS: number = 60;

  /**
   * Delay before each retry, in seconds, one per retry topic (at most five); the last one repeats
   * until AGENCY_DELIVERY_MAX_AGE_SECONDS. Default: 1 min, 5 min, 30 min, 2 h, then every 6 h.
   */
  @RetryDelaysSeconds(InquiryForwardedRetryTopics.length)
  AGENCY_DELIVERY_RETRY_DELAYS_SECONDS = DefaultRetryDelaysSeconds;

  /** No attempt is scheduled later than this after the first one; then the delivery is dead-lettered. */
  @IsInt() @Min(1) @Max(InquiryForwardedRetryMaxAgeSeconds) AGENCY_DELIVERY_MAX_AGE_SECONDS: number = 86400;

  /** How long one webhook call may take before it counts as failed. */
  @IsInt() @Min(100) @Max(120_000) AGENCY_WEBHOOK_TIMEOUT_MS: number = 10_000;

  /** Outbound relay for agencies' support mailboxes (`smtp://host:port`); unset: mailbox delivery fails (and is retried). */
  @SmtpRelayUrl() SMTP_RELAY_URL?: string;

  @IsEmail() AGENCY_MAIL_FROM = 'brukerservice@altinn.example';

  get retryDelaysMs(): number[] {
    return retryDelaysMs(this.AGENCY_DELIVERY_RETRY_DELAYS_SECONDS);
  }
}
