import * as path from 'node:path';
import { newWebhookSecret } from '@inquiry-router/outbound-delivery';
import { AgencyEndpointRepository, createDataSource } from '@inquiry-router/persistence';
import { DevelopmentSinkPorts, OutsideWorld, repoRoot, SinkEnv } from '@inquiry-router/local-system';

/** Who the development seed of agency delivery settings names as having made them. */
export const SinkSeedActor = 'npm start (development)';

/** The ports `npm start` runs the sinks on: SINKS_SMTP_PORT and SINKS_HTTP_PORT, else 2526 and 3010. */
export function sinkPorts(env: NodeJS.ProcessEnv = process.env): { smtp: number; http: number } {
  const port = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name} must be a port number (1–65535)`);
    return n;
  };
  return { smtp: port('SINKS_SMTP_PORT', DevelopmentSinkPorts.smtp), http: port('SINKS_HTTP_PORT', DevelopmentSinkPorts.http) };
}

/** The outside world `npm start` runs in development, keeping what it received in .run/sent.jsonl across restarts. */
export function developmentSinks(env: NodeJS.ProcessEnv = process.env): OutsideWorld {
  const ports = sinkPorts(env);
  return new OutsideWorld({ smtpPort: ports.smtp, httpPort: ports.http, file: path.join(repoRoot(), '.run/sent.jsonl') });
}

/**
 * What of the sinks' env the apps get: each address the user has not set, so their own relay or
 * platform is used where they named one; a platform's token goes with the stand-in's address
 * only, and only when none is set.
 */
export function sinkEnvUnlessSet(sinks: SinkEnv, env: NodeJS.ProcessEnv = process.env): Partial<SinkEnv> {
  const given: Partial<SinkEnv> = {};
  if (!env.SMTP_RELAY_URL) given.SMTP_RELAY_URL = sinks.SMTP_RELAY_URL;
  if (!env.META_GRAPH_URL) {
    given.META_GRAPH_URL = sinks.META_GRAPH_URL;
    if (!env.META_PAGE_ACCESS_TOKEN) given.META_PAGE_ACCESS_TOKEN = sinks.META_PAGE_ACCESS_TOKEN;
  }
  if (!env.X_API_URL) {
    given.X_API_URL = sinks.X_API_URL;
    if (!env.X_BEARER_TOKEN) given.X_BEARER_TOKEN = sinks.X_BEARER_TOKEN;
  }
  if (!env.LOCAL_SINKS_URL) given.LOCAL_SINKS_URL = sinks.LOCAL_SINKS_URL;
  return given;
}

/**
 * Every agency of the active routing policy that has no delivery settings yet gets a signed
 * webhook to the sinks' stand-in, so what the agency forwarder delivers shows on the Sent page;
 * settings made so before follow the stand-in to its port now. Settings a supervisor made are left
 * as they are. Returns the agencies that deliver to the stand-in.
 */
export async function pointAgenciesAtTheSinks(databaseUrl: string, sinks: OutsideWorld): Promise<string[]> {
  const ds = await createDataSource(databaseUrl, { poolSize: 1, applicationName: 'start' }).initialize();
  try {
    const endpoints = new AgencyEndpointRepository(ds);
    const unset: { code: string }[] = await ds.query(
      `SELECT DISTINCT a->>'code' AS code
         FROM policy_versions v, jsonb_array_elements(v.document->'agencies') a
        WHERE v.is_active AND NOT EXISTS (SELECT 1 FROM agency_endpoints e WHERE e.agency = a->>'code')`,
    );
    for (const { code } of unset) {
      const webhookSecret = newWebhookSecret();
      await endpoints.save(code, { webhookUrl: sinks.agencyWebhookUrl(code), webhookSecret, mailbox: null, enabled: true }, SinkSeedActor);
    }
    const seeded: { agency: string; webhook_url: string | null; mailbox: string | null; enabled: boolean }[] = await ds.query(
      `SELECT agency, webhook_url, mailbox, enabled FROM agency_endpoints WHERE updated_by = $1 ORDER BY agency`,
      [SinkSeedActor],
    );
    for (const e of seeded.filter((e) => e.webhook_url !== sinks.agencyWebhookUrl(e.agency)))
      await endpoints.save(
        e.agency,
        { webhookUrl: sinks.agencyWebhookUrl(e.agency), webhookSecret: undefined, mailbox: e.mailbox, enabled: e.enabled },
        SinkSeedActor,
      );
    return seeded.filter((e) => e.enabled).map((e) => e.agency);
  } finally {
    await ds.destroy();
  }
}
