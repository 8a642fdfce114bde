import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';

const brokerList = /^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/;

/** What every app needs; each app extends it with its own variables. */
export class CommonEnv {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @Matches(brokerList, { message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Namespaces topics and consumer groups, so tests and a running system share one broker safely. */
  @IsOptional() @Matches(/^[a-z0-9._-]*$/, { message: 'KAFKA_TOPIC_PREFIX may contain a-z 0-9 . _ - only' })
  KAFKA_TOPIC_PREFIX = '';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/inquiry_router';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  @IsString() @IsNotEmpty()
  REDIS_KEY_PREFIX = 'ir:';

  @Transform(({ value }) => (value === undefined ? undefined : String(value)))
  @IsOptional() @IsString()
  INSTANCE_ID?: string;

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',').map((b) => b.trim());
  }
}
