import { ConfigError, loadConfig } from '@inquiry-router/runtime';
import { PhoneAdapterEnv } from './phone-adapter.env';

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(PhoneAdapterEnv, env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
};

describe('phone-adapter env', () => {
  it('has working defaults outside production', () => {
    const env = loadConfig(PhoneAdapterEnv, { NODE_ENV: 'development' });
    expect(env.publicBaseUrl).toBe('http://127.0.0.1:3001');
    expect(env.twilioAuthToken.length).toBeGreaterThan(0);
    expect(env.agencyPhoneNumbers.get('skd')).toBe('+4780080000');
    expect(env.openingExceptions).toEqual([]);
    expect(env.DECISION_DEADLINE_MS).toBe(1000);
  });

  it('requires a real Twilio auth token and refuses a set clock in production', () => {
    const message = problems({ NODE_ENV: 'production', CLOCK_STARTS_AT: '2025-01-18T10:00:00Z' });
    expect(message).toContain('TWILIO_AUTH_TOKEN is required in production');
    expect(message).toContain('CLOCK_STARTS_AT sets the clock for tests and the demo');
    const production = { NODE_ENV: 'production', TWILIO_AUTH_TOKEN: '0123456789abcdef0123456789abcdef' };
    expect(problems({ ...production, PUBLIC_BASE_URL: 'https://voice.example.no' })).toBe('');
  });

  it('requires the https address Twilio calls in production, as it signs webhooks over it', () => {
    const production = { NODE_ENV: 'production', TWILIO_AUTH_TOKEN: '0123456789abcdef0123456789abcdef' };
    expect(problems(production)).toContain('PUBLIC_BASE_URL is required in production');
    expect(problems({ ...production, PUBLIC_BASE_URL: 'http://voice.example.no' })).toContain('PUBLIC_BASE_URL is required in production');
    expect(problems({ NODE_ENV: 'development', PUBLIC_BASE_URL: 'not a url' })).toContain('PUBLIC_BASE_URL must be an http(s) URL');
  });

  it('takes NODE_ENV unset or unknown as production: the public development token is refused', () => {
    expect(problems({})).toContain('TWILIO_AUTH_TOKEN is required in production');
    expect(problems({ NODE_ENV: 'staging', TWILIO_AUTH_TOKEN: 'dev-twilio-auth-token' })).toContain(
      'TWILIO_AUTH_TOKEN is required in production',
    );
  });

  it('names malformed numbers, agency numbers and extended hours', () => {
    const message = problems({
      SUPPORT_NUMBER: '75006000',
      AGENCY_PHONE_NUMBERS: 'skd:800',
      EXTENDED_HOURS: '[{"kind":"extended","date":"2025-04-26","opens":"10"}]',
    });
    expect(message).toContain('SUPPORT_NUMBER must be an E.164 number');
    expect(message).toContain('AGENCY_PHONE_NUMBERS must be comma-separated');
    expect(message).toMatch(/EXTENDED_HOURS must be a JSON array of opening exceptions \(exception 0: opens must be HH:mm\)/);
  });

  it('reads extended hours and agency numbers', () => {
    const env = loadConfig(PhoneAdapterEnv, {
      NODE_ENV: 'development',
      AGENCY_PHONE_NUMBERS: 'skd=+4780080000,ssb=+4762885000',
      EXTENDED_HOURS: '[{"kind":"extended","date":"2025-04-26","opens":"10:00","closes":"14:00"}]',
      PUBLIC_BASE_URL: 'https://voice.example.no/',
    });
    expect([...env.agencyPhoneNumbers.keys()]).toEqual(['skd', 'ssb']);
    expect(env.openingExceptions).toHaveLength(1);
    expect(env.publicBaseUrl).toBe('https://voice.example.no');
  });
});
