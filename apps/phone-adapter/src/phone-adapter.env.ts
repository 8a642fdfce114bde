import {
  IsInt,
  isURL,
  Matches,
  Max,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { AgencyCodePattern, E164Pattern } from '@inquiry-router/contracts';
import { OpeningException, parseExceptions } from '@inquiry-router/opening-hours';
import { CommonEnv, DefaultPorts, inProduction } from '@inquiry-router/runtime';
import { DefaultSupportNumbers } from '@inquiry-router/intake';

/** Known only to development and tests; production refuses to start without a real token. */
const developmentAuthToken = 'dev-twilio-auth-token';

/** A pattern's source without its `^` and `$`, to build a longer pattern of it. */
const unanchored = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');
const agencyNumber = `${unanchored(AgencyCodePattern)}=${unanchored(E164Pattern)}`;
const agencyNumbers = new RegExp(`^${agencyNumber}(,${agencyNumber})*$`);

@ValidatorConstraint({ name: 'authTokenInProduction' })
class AuthTokenInProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (!inProduction(args.object)) return value === undefined || (typeof value === 'string' && value.length > 0);
    return typeof value === 'string' && value.length >= 16 && value !== developmentAuthToken;
  }
  defaultMessage(): string {
    return 'TWILIO_AUTH_TOKEN is required in production (the account auth token Twilio signs webhooks with)';
  }
}

/**
 * Behind a load balancer Twilio signs the address it calls, not the instance's own: production
 * must say it (https), or every webhook would be refused for its signature.
 */
@ValidatorConstraint({ name: 'publicBaseUrl' })
class PublicBaseUrl implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const production = inProduction(args.object);
    if (value === undefined) return !production;
    const protocols = production ? ['https'] : ['http', 'https'];
    return typeof value === 'string' && isURL(value, { require_tld: false, protocols, require_protocol: true });
  }
  defaultMessage(args: ValidationArguments): string {
    return inProduction(args.object)
      ? 'PUBLIC_BASE_URL is required in production: the https address Twilio calls (its webhooks are signed over it)'
      : 'PUBLIC_BASE_URL must be an http(s) URL';
  }
}

@ValidatorConstraint({ name: 'openingExceptions' })
class OpeningExceptionsJson implements ValidatorConstraintInterface {
  private problem = '';
  validate(value: string | undefined): boolean {
    if (value === undefined) return true;
    try {
      parseExceptions(JSON.parse(value));
      return true;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      return false;
    }
  }
  defaultMessage(): string {
    return `EXTENDED_HOURS must be a JSON array of opening exceptions (${this.problem})`;
  }
}

export class PhoneAdapterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) PHONE_ADAPTER_PORT: number = DefaultPorts['phone-adapter'];

  /** The public address Twilio calls; the signature covers it. Required in production; elsewhere default http://127.0.0.1:<port>. */
  @Validate(PublicBaseUrl) PUBLIC_BASE_URL?: string;

  @Validate(AuthTokenInProduction) TWILIO_AUTH_TOKEN?: string;

  @Matches(E164Pattern, { message: 'SUPPORT_NUMBER must be an E.164 number (+4775006000)' }) SUPPORT_NUMBER: string =
    DefaultSupportNumbers.support;
  @Matches(E164Pattern, { message: 'SERVICEDESK_NUMBER must be an E.164 number (+4775006099)' }) SERVICEDESK_NUMBER: string =
    DefaultSupportNumbers.serviceDesk;

  /** How long a caller waits for the routing decision before going to the first-line queue. */
  @IsInt() @Min(1) @Max(10_000) DECISION_DEADLINE_MS: number = 1000;

  /**
   * Without a decision, how much longer a caller waits for Kafka to confirm the inquiry before
   * being asked for a voicemail instead of going to the first-line queue.
   */
  @IsInt() @Min(100) @Max(5000) PUBLISH_CONFIRM_MS: number = 2000;

  /** `code=+47…` pairs: where a subject-matter call is put through to; an agency without one goes to first-line. */
  @Matches(agencyNumbers, { message: 'AGENCY_PHONE_NUMBERS must be comma-separated code=+E.164 pairs (skd=+4780080000,nav=+4755553333)' })
  AGENCY_PHONE_NUMBERS = 'skd=+4780080000,nav=+4755553333,brg=+4775007500';

  /**
   * Extended hours and closures from configuration, JSON (see libs/opening-hours), applied besides
   * those supervisors order through workdesk (`/api/opening-hours/exceptions`, kept in Postgres).
   */
  @Validate(OpeningExceptionsJson) EXTENDED_HOURS?: string;

  /** How often the ordered exceptions are read again from Postgres. */
  @IsInt() @Min(1) @Max(3600) OPENING_HOURS_REFRESH_SECONDS: number = 30;
  /** How often the incidents in force (what the menu tells callers of) are read again from Postgres. */
  @IsInt() @Min(1) @Max(3600) INCIDENTS_REFRESH_SECONDS: number = 5;

  get twilioAuthToken(): string {
    return this.TWILIO_AUTH_TOKEN ?? developmentAuthToken;
  }

  get publicBaseUrl(): string {
    return (this.PUBLIC_BASE_URL ?? `http://127.0.0.1:${this.PHONE_ADAPTER_PORT}`).replace(/\/+$/, '');
  }

  get agencyPhoneNumbers(): ReadonlyMap<string, string> {
    return new Map(this.AGENCY_PHONE_NUMBERS.split(',').map((pair) => pair.split('=') as [string, string]));
  }

  get openingExceptions(): OpeningException[] {
    return this.EXTENDED_HOURS ? parseExceptions(JSON.parse(this.EXTENDED_HOURS)) : [];
  }
}
