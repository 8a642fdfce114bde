import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose value a configuration error must not repeat (it ends up in logs). */
const secretName = /PASSWORD|SECRET|TOKEN/i;

/**
 * Reads env into a typed, validated config object, or throws ConfigError naming every variable
 * that is wrong and what it expects. Apps call it before anything else so they fail fast.
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
      errors.map((e) => {
        const shown = secretName.test(e.property) && env[e.property] !== undefined ? '(hidden)' : JSON.stringify(env[e.property] ?? null);
        return `${e.property}=${shown}: ${Object.values(e.constraints ?? {}).join(', ')}`;
      }),
    );
  }
  return config;
}
