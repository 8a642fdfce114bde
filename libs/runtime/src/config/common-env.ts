import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Validate,
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
