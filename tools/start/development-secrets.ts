import { inProduction } from '@inquiry-router/runtime';

/**
 * The webhook secrets `npm start` gives the adapters outside production when none are configured,
 * so that `npm run demo` (and a developer's curl) can sign phone and social webhooks the running
 * system accepts. Production refuses to start without real ones (each adapter's env checks it).
 */
export const developmentWebhookSecrets = {
  TWILIO_AUTH_TOKEN: 'dev-twilio-auth-token',
  META_APP_SECRET: 'dev-meta-app-secret',
  META_VERIFY_TOKEN: 'dev-meta-verify-token',
  X_CONSUMER_SECRET: 'dev-x-consumer-secret',
  X_ACCOUNT_ID: '1000000001',
} as const;

/**
 * `npm start` and `npm run demo` run the system on a developer's machine, so there NODE_ENV unset
 * means development, said outright to every app started (an app on its own takes unset as production).
 */
export function developmentUnlessSet(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.NODE_ENV) env.NODE_ENV = 'development';
}

export type WebhookSecretName = keyof typeof developmentWebhookSecrets;

/** The secrets in force: each configured one from env, else (outside production) the development one. */
export function webhookSecrets(env: NodeJS.ProcessEnv = process.env): Record<WebhookSecretName, string> | null {
  if (inProduction(env)) {
    const names = Object.keys(developmentWebhookSecrets) as WebhookSecretName[];
    return names.every((n) => env[n]) ? (Object.fromEntries(names.map((n) => [n, env[n]!])) as Record<WebhookSecretName, string>) : null;
  }
  const filled = { ...developmentWebhookSecrets } as Record<WebhookSecretName, string>;
  for (const name of Object.keys(filled) as WebhookSecretName[]) filled[name] = env[name] ?? filled[name];
  return filled;
}
