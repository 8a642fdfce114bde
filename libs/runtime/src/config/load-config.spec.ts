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
    expect(message).toContain('EXAMPLE_PORT="70000"');
    expect(message).toContain('KAFKA_BROKERS must be a comma-separated list of host:port');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
  });

  it('names a wrong secret without repeating its value', () => {
    const load = () => loadConfig(ExampleEnv, { EXAMPLE_SECRET: 'hunter2' });
    expect(load).toThrow('EXAMPLE_SECRET=(hidden): EXAMPLE_SECRET must be longer');
    expect(load).not.toThrow('hunter2');
  });
});
