import { DefaultPorts, DefaultSmtpPort } from '@inquiry-router/runtime';

/** Every deployable, the env variable that sets its HTTP port, and its default. */
export const apps = [
  {
    name: 'workdesk',
    portVar: 'WORKDESK_PORT',
    port: DefaultPorts.workdesk,
    what: "the console (sign in here) and the advisers' and agencies' API (docs at /api/docs)",
  },
  { name: 'phone-adapter', portVar: 'PHONE_ADAPTER_PORT', port: DefaultPorts['phone-adapter'], what: 'telephony webhooks' },
  {
    name: 'email-adapter',
    portVar: 'EMAIL_ADAPTER_PORT',
    port: DefaultPorts['email-adapter'],
    what: `email intake; SMTP on port \${EMAIL_ADAPTER_SMTP_PORT:-${DefaultSmtpPort}}`,
  },
  { name: 'social-adapter', portVar: 'SOCIAL_ADAPTER_PORT', port: DefaultPorts['social-adapter'], what: 'social-media webhooks' },
  { name: 'classifier', portVar: 'CLASSIFIER_PORT', port: DefaultPorts.classifier, what: 'classifies received inquiries' },
  { name: 'router', portVar: 'ROUTER_PORT', port: DefaultPorts.router, what: 'records decisions, fills queues, forwards' },
  {
    name: 'agency-forwarder',
    portVar: 'AGENCY_FORWARDER_PORT',
    port: DefaultPorts['agency-forwarder'],
    what: 'delivers forwarded inquiries to agencies',
  },
  {
    name: 'notice-dispatcher',
    portVar: 'NOTICE_DISPATCHER_PORT',
    port: DefaultPorts['notice-dispatcher'],
    what: 'sends operational notices to their subscribers',
  },
] as const;

export type AppName = (typeof apps)[number]['name'];

/** An app's description with `${VAR:-default}` filled from env (ports besides the HTTP one). */
export function describeApp(app: (typeof apps)[number], env: NodeJS.ProcessEnv = process.env): string {
  return app.what.replace(/\$\{([A-Z_]+):-([^}]*)\}/g, (_m, name: string, fallback: string) => env[name] ?? fallback);
}

export function portOf(name: AppName, env: NodeJS.ProcessEnv = process.env): number {
  const app = apps.find((a) => a.name === name)!;
  return Number(env[app.portVar] ?? app.port);
}
