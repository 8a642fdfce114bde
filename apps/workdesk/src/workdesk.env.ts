import { IsEmail, IsInt, IsJSON, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { DefaultRiseThresholds, DefaultRiseWindowSettings } from '@inquiry-router/notices';
import { E164Pattern, IsHttpUrl } from '@inquiry-router/contracts';
import { DefaultPorts, inProduction, ProductionSecret, RequiredInProduction, SmtpRelayUrl } from '@inquiry-router/runtime';
import { DefaultRetentionMonths } from '@inquiry-router/inquirer';
import { DefaultSupportNumbers } from '@inquiry-router/intake';
import { DevelopmentIssuerEnv } from './auth/development-issuer.env';

const outsideProduction = (env: WorkdeskEnv): boolean => !inProduction(env);

export class WorkdeskEnv extends DevelopmentIssuerEnv {
  @IsInt() @Min(1) @Max(65535) WORKDESK_PORT: number = DefaultPorts.workdesk;
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
  /**
   * The development Phone page (outside production only; in production none of these is read):
   * the phone adapter it posts signed webhooks to, as Twilio would. Its address as the adapter
   * checks signatures over it (the adapter's PUBLIC_BASE_URL when that is set); default
   * http://127.0.0.1:$PHONE_ADAPTER_PORT (3001).
   */
  @ValidateIf(outsideProduction)
  @IsOptional()
  @IsHttpUrl()
  PHONE_ADAPTER_URL?: string;
  @ValidateIf(outsideProduction) @IsOptional() @IsInt() @Min(1) @Max(65535) PHONE_ADAPTER_PORT?: number;
  /** The phone adapter's TWILIO_AUTH_TOKEN, which the Phone page signs with (npm start gives every app the development one); unset: no calls. */
  @ValidateIf(outsideProduction) @IsOptional() @IsString() @MinLength(1) TWILIO_AUTH_TOKEN?: string;
  /** The numbers the Phone page calls: the phone adapter's own (the same variables, the same defaults). */
  @ValidateIf(outsideProduction)
  @Matches(E164Pattern, { message: 'SUPPORT_NUMBER must be an E.164 number (+4775006000)' })
  SUPPORT_NUMBER: string = DefaultSupportNumbers.support;
  @ValidateIf(outsideProduction)
  @Matches(E164Pattern, { message: 'SERVICEDESK_NUMBER must be an E.164 number (+4775006099)' })
  SERVICEDESK_NUMBER: string = DefaultSupportNumbers.serviceDesk;
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

  /** Outbound relay for the confirmation mails of notice subscriptions (`smtp://host:port`); unset: self-subscription answers 503. */
  @SmtpRelayUrl() SMTP_RELAY_URL?: string;
  @IsEmail() NOTICE_MAIL_FROM = 'driftsmeldinger@altinn.example';
  /** How long each SMTP step of a confirmation mail may take. */
  @IsInt() @Min(100) @Max(60_000) NOTICE_MAIL_TIMEOUT_MS: number = 10_000;
  /** Where the workdesk is reached from outside (links in confirmation mails and the status page's feeds). Required in production; elsewhere http://127.0.0.1:$WORKDESK_PORT. */
  @RequiredInProduction()
  @IsHttpUrl('STATUS_PUBLIC_URL must be the http(s) address the workdesk is reached at from outside (required in production)')
  STATUS_PUBLIC_URL?: string;
  /** Signs every subscription's unsubscribe token (see libs/notices subscription-tokens); the same as the notice-dispatcher's. */
  @ProductionSecret()
  NOTICE_TOKEN_SECRET?: string;
  /** Keys the hashes that recognise a person across channels (libs/inquirer); the same as the router's. */
  @ProductionSecret()
  INQUIRER_KEY_SECRET?: string;
  /** Signs the public links of satisfaction surveys (libs/surveys survey-token); changing it invalidates every link sent. */
  @ProductionSecret()
  SURVEY_TOKEN_SECRET?: string;
  /** How long a satisfaction survey may be answered (by its link or a reply). */
  @IsInt() @Min(1) @Max(90) SURVEY_VALID_DAYS: number = 14;
  /** Nobody is sent a second survey within this many days of the last. */
  @IsNumber() @Min(0) @Max(365) SURVEY_QUIET_DAYS: number = 30;
  /** How often inquiries resolved lately are looked for and their inquirers considered for the survey. */
  @IsInt() @Min(100) @Max(3_600_000) SURVEY_CHECK_INTERVAL_MS: number = 5000;
  /** Inquiries resolved longer ago than this (a workdesk down for longer, say) are not surveyed any more. */
  @IsInt() @Min(1) @Max(720) SURVEY_LOOKBACK_HOURS: number = 48;
  /** Answers through the public survey page per client address and minute; more are refused (429). */
  @IsInt() @Min(1) @Max(1000) SURVEY_ANSWERS_PER_MINUTE: number = 10;
  /** Personal data of a person whose last contact (and of an inquiry of no person received) this many months back is erased. */
  @IsInt() @Min(1) @Max(120) PERSONAL_DATA_RETENTION_MONTHS: number = DefaultRetentionMonths;
  /** How often personal data past retention is looked for (by one instance per period). */
  @IsInt() @Min(1000) @Max(86_400_000) PERSONAL_DATA_RETENTION_CHECK_INTERVAL_MS: number = 3_600_000;
  /** Self-made subscriptions waiting for confirmation per address and hour; more are refused (429). */
  @IsInt() @Min(1) @Max(1000) NOTICE_SIGNUPS_PER_ADDRESS_PER_HOUR: number = 3;

  /** Outside production: where the development Sent page reads the local sinks (npm start and the browser tests set it); unset: the page says they are not running. */
  @IsOptional()
  @IsHttpUrl('LOCAL_SINKS_URL must be the http URL of the local sinks')
  LOCAL_SINKS_URL?: string;

  get statusPublicUrl(): string {
    return (this.STATUS_PUBLIC_URL ?? `http://127.0.0.1:${this.WORKDESK_PORT}`).replace(/\/+$/, '');
  }

  /** Outside production only, the same default as the notice-dispatcher's, so links work on a developer's machine. */
  get noticeTokenSecret(): string {
    return this.NOTICE_TOKEN_SECRET ?? 'development-notice-token-secret-not-for-production';
  }

  /** Outside production only, so survey links work on a developer's machine. */
  get surveyTokenSecret(): string {
    return this.SURVEY_TOKEN_SECRET ?? 'development-survey-token-secret-not-for-production';
  }

  /** Outside production only, the same default as the router's, so people are recognised on a developer's machine. */
  get inquirerKeySecret(): string {
    return this.INQUIRER_KEY_SECRET ?? 'development-inquirer-key-secret-not-for-production';
  }

  get phoneAdapterUrl(): string {
    return (this.PHONE_ADAPTER_URL ?? `http://127.0.0.1:${this.PHONE_ADAPTER_PORT ?? DefaultPorts['phone-adapter']}`).replace(/\/+$/, '');
  }

  get classifierUrl(): string {
    return (this.CLASSIFIER_URL ?? `http://127.0.0.1:${this.CLASSIFIER_PORT ?? DefaultPorts.classifier}`).replace(/\/$/, '');
  }
}
