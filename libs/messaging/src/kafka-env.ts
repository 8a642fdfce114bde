import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { SASLOptions } from 'kafkajs';
import { CommonEnv, ConfigError } from '@inquiry-router/runtime';

/** How a client protects its connections to the brokers and proves who it is (kafkajs' `ssl` and `sasl`). */
export interface KafkaSecurity {
  ssl?: ConnectionOptions;
  sasl?: SASLOptions;
}

/** The connection settings every process takes from the shared env (validated by CommonEnv). */
export function kafkaSettingsOf(env: CommonEnv): { brokers: string[]; topicPrefix: string; security: KafkaSecurity } {
  return { brokers: env.kafkaBrokers, topicPrefix: env.KAFKA_TOPIC_PREFIX, security: kafkaSecurityOf(env) };
}

/**
 * TLS (a CA, and a client certificate for mutual TLS) and SASL SCRAM from the env. The files are
 * read here, at boot, so a wrong path stops the process with a line naming the variable.
 */
function kafkaSecurityOf(env: CommonEnv): KafkaSecurity {
  const security: KafkaSecurity = {};
  if (env.KAFKA_TLS === 'true') {
    const ca = readFileOf(env, 'KAFKA_TLS_CA_FILE');
    const cert = readFileOf(env, 'KAFKA_TLS_CERT_FILE');
    const key = readFileOf(env, 'KAFKA_TLS_KEY_FILE');
    security.ssl = { ...(ca !== undefined && { ca: [ca] }), ...(cert !== undefined && { cert, key }) };
  }
  if (env.KAFKA_SASL_MECHANISM && env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD) {
    security.sasl = { mechanism: env.KAFKA_SASL_MECHANISM, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD };
  }
  return security;
}

function readFileOf(env: CommonEnv, name: 'KAFKA_TLS_CA_FILE' | 'KAFKA_TLS_CERT_FILE' | 'KAFKA_TLS_KEY_FILE'): string | undefined {
  const file = env[name];
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([
      `${name}=${JSON.stringify(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    ]);
  }
}
