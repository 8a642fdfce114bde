import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

export type NodeEnv = 'development' | 'test' | 'production';

/**
 * What NODE_ENV means. Development conveniences (the development login and its token issuer,
 * development webhook secrets, a set clock, plain-http endpoints) need `development` or `test`
 * said outright: unset, or any other value, is production, so a forgotten setting fails closed.
 */
export function nodeEnvOf(value: unknown): NodeEnv {
  return value === 'development' || value === 'test' ? value : 'production';
}

/** Every production check asks this, of a loaded config or of raw env alike. */
export function inProduction(env: { NODE_ENV?: string }): boolean {
  return nodeEnvOf(env.NODE_ENV) === 'production';
}

const brokerList = /^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/;

@ValidatorConstraint({ name: 'clockStartsAtOutsideProduction' })
class ClockStartsAtOutsideProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (value === undefined) return true;
    if (inProduction(args.object)) return false;
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
  }
  defaultMessage(): string {
    return 'CLOCK_STARTS_AT sets the clock for tests and the demo: an ISO 8601 instant, refused when NODE_ENV=production';
  }
}

const tlsFiles = ['KAFKA_TLS_CA_FILE', 'KAFKA_TLS_CERT_FILE', 'KAFKA_TLS_KEY_FILE'] as const;

@ValidatorConstraint({ name: 'tlsWithItsFiles' })
class TlsWithItsFiles implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (value === 'true') return true;
    return value === 'false' && tlsFiles.every((name) => (args.object as CommonEnv)[name] === undefined);
  }
  defaultMessage(): string {
    return 'KAFKA_TLS must be true or false, and true when a KAFKA_TLS_*_FILE is set';
  }
}

/** Any one of the variables is set: then all of them must be (a half configuration is refused). */
const anyOf =
  (...names: (keyof CommonEnv)[]) =>
  (env: CommonEnv): boolean =>
    names.some((name) => env[name] !== undefined);
const saslVariables = ['KAFKA_SASL_MECHANISM', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'] as const;

/** What every app needs; each app extends it with its own variables. */
export class CommonEnv {
  /** Unset or unknown is production (see nodeEnvOf). */
  @Transform(({ value }) => nodeEnvOf(value))
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: NodeEnv = 'production';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @Matches(brokerList, { message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Namespaces topics and consumer groups, so tests and a running system share one broker safely. */
  @IsOptional()
  @Matches(/^[a-z0-9._-]*$/, { message: 'KAFKA_TOPIC_PREFIX may contain a-z 0-9 . _ - only' })
  KAFKA_TOPIC_PREFIX = '';

  /** How long dead letters stay on the broker (they hold whole inquiries, personal data included). */
  @IsInt()
  @Min(1)
  @Max(365)
  KAFKA_DEAD_LETTER_RETENTION_DAYS: number = 30;

  /** TLS to the brokers; the server certificate is checked against KAFKA_TLS_CA_FILE, or else the system's CAs. */
  @Validate(TlsWithItsFiles)
  KAFKA_TLS: 'true' | 'false' = 'false';

  @IsOptional()
  @IsString()
  KAFKA_TLS_CA_FILE?: string;

  /** A client certificate and its key (mutual TLS): both or neither. */
  @ValidateIf(anyOf('KAFKA_TLS_CERT_FILE', 'KAFKA_TLS_KEY_FILE'))
  @IsString({ message: 'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together' })
  KAFKA_TLS_CERT_FILE?: string;

  @ValidateIf(anyOf('KAFKA_TLS_CERT_FILE', 'KAFKA_TLS_KEY_FILE'))
  @IsString({ message: 'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together' })
  KAFKA_TLS_KEY_FILE?: string;

  /** SASL SCRAM authentication to the brokers: mechanism, username and password together, or none of them. */
  @ValidateIf(anyOf(...saslVariables))
  @IsIn(['scram-sha-256', 'scram-sha-512'], {
    message: 'KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512 when SASL is configured',
  })
  KAFKA_SASL_MECHANISM?: 'scram-sha-256' | 'scram-sha-512';

  @ValidateIf(anyOf(...saslVariables))
  @IsString()
  @IsNotEmpty({ message: 'KAFKA_SASL_USERNAME must be set when SASL is configured' })
  KAFKA_SASL_USERNAME?: string;

  /** A secret: never logged, and never repeated in a configuration error. */
  @ValidateIf(anyOf(...saslVariables))
  @IsString()
  @IsNotEmpty({ message: 'KAFKA_SASL_PASSWORD must be set when SASL is configured' })
  KAFKA_SASL_PASSWORD?: string;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/inquiry_router';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  @IsString()
  @IsNotEmpty()
  REDIS_KEY_PREFIX = 'ir:';

  @Transform(({ value }) => (value === undefined ? undefined : String(value)))
  @IsOptional()
  @IsString()
  INSTANCE_ID?: string;

  /** Outside production: the app's clock starts at this instant and runs on from it (libs/runtime Clock). */
  @Validate(ClockStartsAtOutsideProduction)
  CLOCK_STARTS_AT?: string;

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',').map((b) => b.trim());
  }
}
