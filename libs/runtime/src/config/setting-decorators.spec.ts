import { IsInt, Min } from 'class-validator';
import { CommonEnv } from './common-env';
import { ConfigError, loadConfig } from './load-config';
import { ProductionSecret, RequiredInProduction, SmtpRelayUrl } from './setting-decorators';

class ExampleEnv extends CommonEnv {
  @ProductionSecret() EXAMPLE_TOKEN_SECRET?: string;
  @RequiredInProduction() @IsInt() @Min(1) EXAMPLE_LIMIT?: number;
}

const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db.internal/app' };
const secret = 'a'.repeat(32);

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(ExampleEnv, env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return '';
}

describe('RequiredInProduction and ProductionSecret', () => {
  it('outside production, leave the settings unset and check them only when given', () => {
    expect(loadConfig(ExampleEnv, { NODE_ENV: 'development' }).EXAMPLE_TOKEN_SECRET).toBeUndefined();
    expect(problemsOf({ NODE_ENV: 'test', EXAMPLE_TOKEN_SECRET: 'short', EXAMPLE_LIMIT: '0' })).toMatch(
      /EXAMPLE_TOKEN_SECRET must be at least 32 characters \(required in production\)[\s\S]*EXAMPLE_LIMIT must not be less than 1/,
    );
  });

  it('in production, require them, each named with what it expects', () => {
    const problems = problemsOf(production);
    expect(problems).toContain('EXAMPLE_TOKEN_SECRET must be at least 32 characters (required in production)');
    expect(problems).toContain('EXAMPLE_LIMIT must be an integer number');
    expect(loadConfig(ExampleEnv, { ...production, EXAMPLE_TOKEN_SECRET: secret, EXAMPLE_LIMIT: '5' })).toMatchObject({
      EXAMPLE_TOKEN_SECRET: secret,
      EXAMPLE_LIMIT: 5,
    });
  });
});

describe('SmtpRelayUrl', () => {
  class MailEnv extends CommonEnv {
    @SmtpRelayUrl() SMTP_RELAY_URL?: string;
  }

  it('takes none, or an smtp:// or smtps:// address', () => {
    expect(loadConfig(MailEnv, {}).SMTP_RELAY_URL).toBeUndefined();
    expect(loadConfig(MailEnv, { SMTP_RELAY_URL: 'smtps://relay.example:465' }).SMTP_RELAY_URL).toBe('smtps://relay.example:465');
    expect(() => loadConfig(MailEnv, { SMTP_RELAY_URL: 'http://relay.example' })).toThrow(
      'SMTP_RELAY_URL must be an smtp:// or smtps:// URL',
    );
  });
});
