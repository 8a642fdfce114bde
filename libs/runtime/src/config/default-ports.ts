/**
 * Each deployable's HTTP port when its `*_PORT` variable is not set (and the email adapter's SMTP
 * port): its own settings default to it, and so do the peers that call it on a developer's machine
 * and the local system that starts them all.
 */
export const DefaultPorts = {
  workdesk: 3000,
  'phone-adapter': 3001,
  'email-adapter': 3002,
  'social-adapter': 3003,
  classifier: 3004,
  router: 3005,
  'agency-forwarder': 3006,
  'notice-dispatcher': 3007,
} as const;

export const DefaultSmtpPort = 2525;

/** The workdesk on this machine, where it runs by default: the development issuer, status page and links point at it. */
export const LocalWorkdeskUrl = `http://127.0.0.1:${DefaultPorts.workdesk}`;
