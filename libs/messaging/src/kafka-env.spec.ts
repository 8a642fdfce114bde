import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CommonEnv, ConfigError, loadConfig } from '@inquiry-router/runtime';
import { thrownBy } from '@inquiry-router/testing';
import { kafkaSettingsOf } from './kafka-env';

/** The kafkajs settings a process gets from these env variables, validated as at boot. */
const settingsFrom = (env: NodeJS.ProcessEnv) => kafkaSettingsOf(loadConfig(CommonEnv, env));

const configErrorOf = (env: NodeJS.ProcessEnv): string => thrownBy(() => settingsFrom(env), ConfigError).message;

describe('Kafka settings from the env', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kafka-env-'));
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const ca = file('ca.pem', 'CA CERTIFICATE');
  const cert = file('client.pem', 'CLIENT CERTIFICATE');
  const key = file('client.key', 'CLIENT KEY');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('connects in plain text without authentication by default (the local broker)', () => {
    expect(settingsFrom({ KAFKA_BROKERS: 'a:9092,b:9092', KAFKA_TOPIC_PREFIX: 'x.' })).toEqual({
      brokers: ['a:9092', 'b:9092'],
      topicPrefix: 'x.',
      security: {},
    });
  });

  it('uses TLS with the CA and the client certificate and key read from their files', () => {
    const { security } = settingsFrom({ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: ca, KAFKA_TLS_CERT_FILE: cert, KAFKA_TLS_KEY_FILE: key });
    expect(security).toEqual({ ssl: { ca: ['CA CERTIFICATE'], cert: 'CLIENT CERTIFICATE', key: 'CLIENT KEY' } });
  });

  it("uses TLS with the system's CAs when no CA file is given", () => {
    expect(settingsFrom({ KAFKA_TLS: 'true' }).security).toEqual({ ssl: {} });
  });

  it('authenticates with SASL SCRAM', () => {
    const env = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'router', KAFKA_SASL_PASSWORD: 'pw-9f3k' };
    expect(settingsFrom(env).security).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'router', password: 'pw-9f3k' } });
    expect(settingsFrom({ ...env, KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: ca }).security).toEqual({
      ssl: { ca: ['CA CERTIFICATE'] },
      sasl: { mechanism: 'scram-sha-512', username: 'router', password: 'pw-9f3k' },
    });
  });

  it('refuses half a SASL configuration, without repeating the password', () => {
    expect(configErrorOf({ KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: 'router' })).toContain(
      'KAFKA_SASL_PASSWORD must be set when SASL is configured',
    );
    const message = configErrorOf({ KAFKA_SASL_USERNAME: 'router', KAFKA_SASL_PASSWORD: 'pw-9f3k' });
    expect(message).toContain('KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512');
    expect(message).not.toContain('pw-9f3k');
    expect(configErrorOf({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'router', KAFKA_SASL_PASSWORD: 'pw-9f3k' })).toContain(
      'KAFKA_SASL_MECHANISM (as set): KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512',
    );
  });

  it('refuses half a TLS configuration and files that cannot be read', () => {
    expect(configErrorOf({ KAFKA_TLS: 'true', KAFKA_TLS_CERT_FILE: cert })).toContain(
      'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together',
    );
    expect(configErrorOf({ KAFKA_TLS_CA_FILE: ca })).toContain('KAFKA_TLS must be true or false, and true when a KAFKA_TLS_*_FILE is set');
    expect(configErrorOf({ KAFKA_TLS: 'yes' })).toContain('KAFKA_TLS (as set): KAFKA_TLS must be true or false');
    expect(configErrorOf({ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: path.join(dir, 'missing.pem') })).toMatch(
      /KAFKA_TLS_CA_FILE=".*missing\.pem": cannot be read \(ENOENT\)/,
    );
  });
});
