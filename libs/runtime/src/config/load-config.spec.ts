import { IsInt, Max, Min, MinLength } from 'class-validator';
import { CommonEnv } from './common-env';
import { ConfigError, loadConfig } from './load-config';

class ExampleEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) EXAMPLE_PORT: number = 3000;
  @MinLength(12) EXAMPLE_SECRET = 'long enough secret';
}

describe('loadConfig', () => {
  it('uses the defaults when nothing is set', () => {
    const env = loadConfig(ExampleEnv, {});
    expect(env.EXAMPLE_PORT).toBe(3000);
    expect(env.kafkaBrokers).toEqual(['127.0.0.1:9092']);
  });

  it('converts numbers from env strings', () => {
    expect(loadConfig(ExampleEnv, { EXAMPLE_PORT: '42143' }).EXAMPLE_PORT).toBe(42143);
  });

  it('names every wrong variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig(ExampleEnv, { EXAMPLE_PORT: '70000', KAFKA_BROKERS: 'not a broker', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('EXAMPLE_PORT (as set): EXAMPLE_PORT must not be greater than 65535');
    expect(message).toContain('KAFKA_BROKERS must be a comma-separated list of host:port');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
  });

  it('never echoes a wrong value, which may hold a secret', () => {
    const password = 'S3cret-pa55word';
    const wrong = {
      DATABASE_URL: `mysql://app:${password}@db.internal:3306/inquiries`,
      REDIS_URL: `http://:${password}@cache.internal:6379`,
      KAFKA_BROKERS: `broker:${password}`,
    };
    let error: unknown;
    try {
      loadConfig(ExampleEnv, wrong);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { message, problems } = error as ConfigError;
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['DATABASE_URL', 'KAFKA_BROKERS', 'REDIS_URL']);
    expect(message).not.toContain(password);
    expect(message).not.toContain('db.internal');
  });

  it('names a wrong secret without repeating its value', () => {
    const load = () => loadConfig(ExampleEnv, { EXAMPLE_SECRET: 'hunter2' });
    expect(load).toThrow('EXAMPLE_SECRET (as set): EXAMPLE_SECRET must be longer');
    expect(load).not.toThrow('hunter2');
  });
});
