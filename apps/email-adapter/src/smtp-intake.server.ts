import * as fs from 'node:fs';
import { Transform } from 'node:stream';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { EmailAdapterEnv } from './email-adapter.env';
import { IntakeUnavailable, ReceiveMail, UnreadableMail } from './receive-mail.use-case';
import { SmtpClientLimits } from './smtp-client-limits';

/** How long shutdown lets open sessions finish before they get 421. */
const CloseTimeoutMs = 8_000;

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The SMTP transport: accepts mail for the support mailboxes and maps what ReceiveMail decides
 * to SMTP replies (250 only once the inquiry is on the bus; 451 retry later; 5xx never). It
 * holds clients to the configured limits (connections in total and per address, messages per
 * minute per address, recipients, size) and streams each message into the parser. It also
 * reports readiness: the app is ready only while it listens.
 */
@Injectable()
export class SmtpIntakeServer implements OnApplicationBootstrap, OnApplicationShutdown, ReadinessCheck {
  readonly name = 'smtp-server';
  private readonly log = new Logger(SmtpIntakeServer.name);
  private readonly mailboxes: Set<string>;
  private readonly clients: SmtpClientLimits;
  /** RCPT TO commands of each mail transaction (one envelope each), refused ones included. */
  private readonly recipientsTried = new WeakMap<object, number>();
  private server: SMTPServer | null = null;
  private listening = false;

  constructor(
    private readonly env: EmailAdapterEnv,
    private readonly receiveMail: ReceiveMail,
  ) {
    this.mailboxes = new Set(env.supportMailboxes);
    this.clients = new SmtpClientLimits({
      connectionsPerClient: env.EMAIL_SMTP_MAX_CONNECTIONS_PER_CLIENT,
      messagesPerMinute: env.EMAIL_SMTP_MESSAGES_PER_MINUTE_PER_CLIENT,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const tls =
      this.env.EMAIL_SMTP_TLS_KEY_FILE && this.env.EMAIL_SMTP_TLS_CERT_FILE
        ? { key: fs.readFileSync(this.env.EMAIL_SMTP_TLS_KEY_FILE), cert: fs.readFileSync(this.env.EMAIL_SMTP_TLS_CERT_FILE) }
        : null;
    const server = new SMTPServer({
      name: 'inquiry-router',
      banner: 'inquiry-router email intake',
      size: this.env.EMAIL_MAX_BYTES,
      rejectOversized: true,
      // Over it the server answers 421 "Too many connected clients" and closes the connection.
      maxClients: this.env.EMAIL_SMTP_MAX_CONNECTIONS,
      // Inbound mail from other servers is never authenticated; AUTH is not offered at all.
      authOptional: true,
      disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(tls ?? {}),
      closeTimeout: CloseTimeoutMs,
      logger: false,
      onConnect: (session, callback) => this.onConnect(session, callback),
      onClose: (session) => this.clients.disconnect(session.id),
      onMailFrom: (_address, session, callback) => this.onMailFrom(session, callback),
      onRcptTo: (address, session, callback) => this.onRcptTo(address, session, callback),
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      // A client that hangs up mid-session is routine, not a fault of ours.
      if (['ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(error.code ?? ''))
        this.log.debug({ reason: error.message }, 'SMTP client connection dropped');
      else this.log.warn({ reason: error.message }, 'SMTP connection error');
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.env.EMAIL_ADAPTER_SMTP_PORT, this.env.EMAIL_ADAPTER_SMTP_HOST, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.listening = true;
    this.log.log(
      `SMTP listening on ${this.env.EMAIL_ADAPTER_SMTP_HOST}:${this.env.EMAIL_ADAPTER_SMTP_PORT} for ${this.mailboxes.size} mailboxes, ${tls ? 'STARTTLS offered' : 'no STARTTLS'}`,
    );
  }

  check(): Promise<void> {
    if (!this.listening) return Promise.reject(new Error('SMTP server is not listening'));
    return Promise.resolve();
  }

  /** Stops accepting connections; sessions in hand get CloseTimeoutMs to finish. */
  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.listening = false;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private onConnect(session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    if (this.clients.connect(session.id, session.remoteAddress)) return callback();
    this.log.warn(
      { limit: this.env.EMAIL_SMTP_MAX_CONNECTIONS_PER_CLIENT },
      'SMTP connection refused: too many connections from one address',
    );
    callback(smtpError(421, 'Too many connections from your address; please try again later'));
  }

  private onMailFrom(session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    if (this.clients.takeMessage(session.remoteAddress)) return callback();
    this.log.warn(
      { limit: this.env.EMAIL_SMTP_MESSAGES_PER_MINUTE_PER_CLIENT },
      'SMTP message refused: too many messages from one address',
    );
    callback(smtpError(450, '4.7.1 Too many messages from your address; please try again later'));
  }

  private onRcptTo(address: SMTPServerAddress, session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    const tried = (this.recipientsTried.get(session.envelope) ?? 0) + 1;
    this.recipientsTried.set(session.envelope, tried);
    if (tried > this.env.EMAIL_SMTP_MAX_RECIPIENTS)
      return callback(smtpError(452, `4.5.3 Too many recipients: at most ${this.env.EMAIL_SMTP_MAX_RECIPIENTS} per message`));
    if (this.mailboxes.has(address.address.toLowerCase())) return callback();
    callback(smtpError(550, '5.1.1 No such mailbox here: this server accepts mail for the support mailboxes only'));
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
    const maxBytes = this.env.EMAIL_MAX_BYTES;
    let received = 0;
    let readFailed = false;
    // The message goes to the parser as it arrives; past the limit nothing more is parsed (the
    // reply is 552 whatever the rest holds), so no message is ever held whole in memory.
    const message = stream.pipe(
      new Transform({
        transform: (chunk: Buffer, _encoding, done) => {
          received += chunk.length;
          done(received > maxBytes ? new Error('message over the size limit') : null, chunk);
        },
      }),
    );
    stream.once('error', (error) => {
      readFailed = true;
      message.destroy(error);
    });
    const answer = (error: Error | null, text?: string) => {
      // What was not read (a refusal before the end) is drained, so the server can reply.
      stream.unpipe(message);
      stream.resume();
      callback(error, text);
    };
    const envelope = {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
    };
    this.receiveMail.execute(message, envelope).then(
      (outcome) =>
        answer(
          null,
          outcome.kind === 'accepted' ? `2.0.0 Received as ${outcome.inquiryId}` : '2.0.0 Accepted; automatic mail is not answered',
        ),
      (error: unknown) => {
        if (received > maxBytes || stream.sizeExceeded)
          return answer(smtpError(552, `5.3.4 Message exceeds the limit of ${maxBytes} bytes`));
        if (readFailed) return answer(smtpError(451, '4.3.0 Message could not be read; please try again'));
        answer(this.replyFor(error));
      },
    );
  }

  private replyFor(error: unknown): Error {
    if (error instanceof UnreadableMail) return smtpError(554, `5.6.0 ${error.message}`);
    if (error instanceof IntakeUnavailable) {
      this.log.warn({ reason: error.message }, 'mail refused with 451: intake unavailable');
      return smtpError(
        451,
        error.step === 'publish'
          ? '4.3.0 The message could not be queued right now; please try again later'
          : '4.3.0 The attachments could not be stored right now; please try again later',
      );
    }
    // Anything unforeseen is refused temporarily: the sender keeps the message and retries.
    this.log.error({ reason: (error as Error)?.message }, 'mail refused with 451: unexpected error');
    return smtpError(451, '4.3.0 Temporary failure; please try again later');
  }
}
