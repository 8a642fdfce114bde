import { randomUUID } from 'node:crypto';
import { NamedError, type SentChannel, type SinkRecord } from '@inquiry-router/contracts';
import { HttpStandIn } from './http-stand-in';
import { mailRecord } from './mail-record';
import { MailSink } from './mail-sink';
import { SentLog, SentLogOptions } from './sent-log';

/** Where `npm start` runs the sinks in development (SINKS_SMTP_PORT, SINKS_HTTP_PORT). */
export const DevelopmentSinkPorts = { smtp: 2526, http: 3010 } as const;

/** The platform tokens the apps send to the stand-in, which takes any: it is no platform. */
const standInTokens = { META_PAGE_ACCESS_TOKEN: 'local-sink-page-access-token', X_BEARER_TOKEN: 'local-sink-bearer-token' } as const;

export interface OutsideWorldOptions extends SentLogOptions {
  /** 0 (the default): a free port. */
  smtpPort?: number;
  httpPort?: number;
}

/** The env that points the apps at the sinks. */
export interface SinkEnv {
  SMTP_RELAY_URL: string;
  META_GRAPH_URL: string;
  X_API_URL: string;
  META_PAGE_ACCESS_TOKEN: string;
  X_BEARER_TOKEN: string;
  /** Where the workdesk's development Sent page reads the sinks. */
  LOCAL_SINKS_URL: string;
}

export class SinkPortTaken extends NamedError {}

/**
 * Everything the system sends, received on this machine instead of the world: a real SMTP server
 * as the outbound relay, and an HTTP server standing in for the social platforms' send APIs, the
 * agencies' webhooks and any other webhook. Every message is recorded (when, channel, from, to,
 * subject, text, and what ties it to a thread and an inquiry) in a bounded log, kept in a file when
 * one is given, and served as JSON at `GET /sent` on the HTTP port. For `npm start` in development,
 * the browser tests and the fault harness; never part of production.
 */
export class OutsideWorld {
  readonly log: SentLog;
  private readonly mail: MailSink;
  private readonly http: HttpStandIn;

  constructor(private readonly options: OutsideWorldOptions = {}) {
    this.log = new SentLog(options);
    this.mail = new MailSink((mail, envelope) => this.log.add(mailRecord(mail, envelope, new Date(), randomUUID())));
    this.http = new HttpStandIn(this.log);
  }

  /** Starts both servers; a port already taken rejects with SinkPortTaken naming it. */
  async start(): Promise<void> {
    const taken = (what: string, port: number) => (error: Error & { code?: string }) => {
      throw error.code === 'EADDRINUSE' ? new SinkPortTaken(`the ${what} cannot listen on 127.0.0.1:${port}: the port is taken`) : error;
    };
    await this.mail.listen(this.options.smtpPort ?? 0).catch(taken('mail sink', this.options.smtpPort ?? 0));
    try {
      await this.http.listen(this.options.httpPort ?? 0).catch(taken('send-API stand-in', this.options.httpPort ?? 0));
    } catch (error) {
      await this.mail.close();
      throw error;
    }
  }

  /** `smtp://127.0.0.1:<port>`. */
  get relayUrl(): string {
    return this.mail.url;
  }

  /** `http://127.0.0.1:<port>`: the stand-ins, and `/sent`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.http.port}`;
  }

  env(): SinkEnv {
    return {
      SMTP_RELAY_URL: this.relayUrl,
      META_GRAPH_URL: `${this.baseUrl}/meta`,
      X_API_URL: `${this.baseUrl}/x`,
      ...standInTokens,
      LOCAL_SINKS_URL: this.baseUrl,
    };
  }

  agencyWebhookUrl(agency: string): string {
    return `${this.baseUrl}/agencies/${encodeURIComponent(agency)}/webhook`;
  }

  /** What was sent, newest first (of one channel, if given). */
  sent(channel?: SentChannel): SinkRecord[] {
    return this.log.recent({ channel });
  }

  /** The mails delivered to `address`, in the order they arrived. */
  mailTo(address: string): SinkRecord[] {
    const wanted = address.toLowerCase();
    return this.log.all().filter((r) => r.channel === 'email' && r.to.some((to) => to.toLowerCase() === wanted));
  }

  /** Deliveries the agencies' webhooks answered. */
  get agencyDeliveries(): number {
    return this.http.agencyDeliveries;
  }

  /** The agencies' webhooks take requests and never answer, until `answerAgain`. */
  hang(): void {
    this.http.hang();
  }

  answerAgain(): void {
    this.http.answerAgain();
  }

  async close(): Promise<void> {
    await Promise.all([this.http.close(), this.mail.close()]);
  }
}
