import type { OutboundPurpose } from '../vocabulary';

/** The channels of the development Sent page: mail, the social platforms, the phone's call-back tasks, and webhooks (agencies', subscribers'). */
export const SentChannels = ['email', 'social', 'phone', 'webhook'] as const;
export type SentChannel = (typeof SentChannels)[number];

/**
 * How a message left: through the SMTP relay, Meta's or X's send API, an agency's webhook or
 * another webhook (all received by the local sinks in development), or as a call-back task (the
 * phone channel sends nothing: the message is said when an adviser calls back).
 */
export const SentRoutes = ['smtp', 'meta', 'x', 'agency-webhook', 'webhook', 'callback'] as const;
export type SentRoute = (typeof SentRoutes)[number];

/**
 * One message as the local sinks received it (`GET /sent` on the sinks' HTTP port; npm start and
 * the browser tests run them in development, never in production). Addresses are in clear: the
 * sinks are a developer's own machine.
 */
export interface SinkRecord {
  id: string;
  /** When the sink received it, ISO 8601. */
  at: string;
  channel: Exclude<SentChannel, 'phone'>;
  via: Exclude<SentRoute, 'callback'>;
  /** The sender as the message names it (a mail's From); null where the platform knows it by the token. */
  from: string | null;
  /** Mail: the envelope's recipients; social: the platform's recipient id; webhook: the agency, or the path called. */
  to: string[];
  subject: string | null;
  text: string;
  /** Mail: Message-ID, In-Reply-To and References as sent (with their angle brackets); webhook: the `webhook-id`. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** The inquiry ids and references the message names, the most telling first (see libs/local-system outside-world). */
  inquiryReferences: string[];
}

/**
 * One message the system sent, on the development Sent page: a sink's record (or a call-back task
 * in its shape) with what Postgres says of it, in place of the references it was found by.
 */
export interface SentMessageView extends Omit<SinkRecord, 'channel' | 'via' | 'references' | 'inquiryReferences'> {
  channel: SentChannel;
  via: SentRoute;
  /** Why it went out, where the inquiry's history says so (answers, case updates, notices …), or a mail's receipt; else null. */
  purpose: OutboundPurpose | null;
  /** The conversation it belongs to: its first inquiry's id, as Postgres records it (else as the message names it); null when none. */
  thread: string | null;
  /** The inquiry it is about, found in Postgres; null when the message names none that is recorded. */
  inquiry: { id: string; reference: string } | null;
}

/**
 * `GET /api/development/sent`: what the system sent, newest first — the local sinks' records and
 * the call-back tasks. Outside production only; in production the route is not there (404).
 */
export interface SentMessagesView {
  /** `running`: the sinks answered; otherwise why not, and the list holds the call-back tasks alone. */
  sinks: { state: 'running'; url: string } | { state: 'not-running' | 'unreachable'; reason: string };
  items: SentMessageView[];
}
