import { IsInt, IsJSON, IsNumber, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { DefaultRiseThresholds, DefaultRiseWindowSettings } from '@inquiry-router/notices';
import { DevelopmentIssuerEnv } from './auth/development-issuer.env';

export class WorkdeskEnv extends DevelopmentIssuerEnv {
  @IsInt() @Min(1) @Max(65535) WORKDESK_PORT: number = 3000;
  /** An adviser whose heartbeat stops for this long goes offline (and their reservations go back). */
  @IsInt() @Min(2) @Max(3600) ADVISER_HEARTBEAT_TIMEOUT_SECONDS: number = 60;
  /** How often lapsed reservations and silent advisers are looked for. */
  @IsInt() @Min(100) @Max(60_000) WORK_SWEEP_INTERVAL_MS: number = 1000;
  /** How often waiting inquiries are checked against their queue's wait limit. */
  @IsInt() @Min(1) @Max(3600) OVERFLOW_CHECK_SECONDS: number = 30;
  /** JSON merged over the stored distribution policy (e.g. short reservations in tests). */
  @IsOptional() @IsJSON() WORK_POLICY_OVERRIDES?: string;
  /** How soon a routing policy published by a classifier is read (its agencies, the version corrections name). */
  @IsInt() @Min(1) @Max(3600) POLICY_REFRESH_SECONDS: number = 30;
  /** A followed case (not resolved or closed) with no update for this many days reminds its owner, once per such period; fractions allowed. */
  @IsNumber() @Min(0.00001) @Max(365) CASE_REMINDER_DAYS: number = 3;
  /** How often cases are checked for a due reminder. */
  @IsInt() @Min(100) @Max(3_600_000) CASE_REMINDER_CHECK_INTERVAL_MS: number = 60_000;
  /** How often unfinished resolutions of incidents are looked for and their linked inquiries answered (each instance; resumes after a stop). */
  @IsInt() @Min(100) @Max(60_000) INCIDENT_RESOLUTION_INTERVAL_MS: number = 1000;
  /** How often the live overview (GET /api/live) is read while anyone listens. */
  @IsInt() @Min(250) @Max(60_000) LIVE_INTERVAL_MS: number = 2000;
  /** The built console (Vite) served at `/`; default `dist/console` beside the built workdesk. */
  @IsOptional() @IsString() CONSOLE_DIR?: string;
  /** The classifier whose policy API the console reaches through `/api/policy`; default http://127.0.0.1:$CLASSIFIER_PORT (3004). */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] }) CLASSIFIER_URL?: string;
  @IsOptional() @IsInt() @Min(1) @Max(65535) CLASSIFIER_PORT?: number;
  /** Early warning: how often each category's contacts are compared with the same weekday and time in earlier weeks. */
  @IsInt() @Min(1000) @Max(86_400_000) RISE_CHECK_INTERVAL_MS: number = 300_000;
  /** The window whose contacts are counted: the last this many minutes. */
  @IsInt() @Min(5) @Max(1440) RISE_WINDOW_MINUTES: number = DefaultRiseWindowSettings.windowMinutes;
  /** How many earlier weeks' same window make what is normal. */
  @IsInt() @Min(1) @Max(52) RISE_HISTORY_WEEKS: number = DefaultRiseWindowSettings.weeks;
  /** A rise needs at least this many contacts in the window, */
  @IsInt() @Min(1) RISE_MINIMUM_CONTACTS: number = DefaultRiseThresholds.minimumContacts;
  /** at least this many times the usual count, */
  @IsNumber() @Min(1) RISE_MINIMUM_RATIO: number = DefaultRiseThresholds.minimumRatio;
  /** and this many standard deviations above it. */
  @IsNumber() @Min(0) RISE_DEVIATIONS: number = DefaultRiseThresholds.deviations;
  /** A category whose suggestion an operator confirmed or dismissed is not suggested again for this many minutes. */
  @IsInt() @Min(0) @Max(10_080) RISE_QUIET_MINUTES: number = 120;

  get classifierUrl(): string {
    return (this.CLASSIFIER_URL ?? `http://127.0.0.1:${this.CLASSIFIER_PORT ?? 3004}`).replace(/\/$/, '');
  }
}
