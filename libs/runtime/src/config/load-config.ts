import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { NamedError } from '@inquiry-router/contracts';

export class ConfigError extends NamedError {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads env into a typed, validated config object, or throws ConfigError naming every variable
 * that is wrong and what it expects. Apps call it before anything else so they fail fast. The
 * message never holds a value: a wrong one may still be a secret (a database password, a token),
 * and the message ends up in logs.
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new cls() as Record<string, unknown>;
  const plain: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const config = plainToInstance(cls, plain, { enableImplicitConversion: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => `${e.property} (${env[e.property] ? 'as set' : 'unset'}): ${Object.values(e.constraints ?? {}).join(', ')}`),
    );
  }
  return config;
}
