import * as fs from 'node:fs';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { ReadinessCheck } from '@inquiry-router/runtime';
import { EmailAdapterEnv } from './email-adapter.env';
import { IntakeUnavailable, ReceiveMail, UnreadableMail } from './receive-mail.use-case';

/** How long shutdown lets open sessions finish before they get 421. */
const CloseTimeoutMs = 8_000;

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The SMTP transport: accepts mail for the support mailboxes and maps what ReceiveMail decides
 * to SMTP replies (250 only once the inquiry is on the bus; 451 retry later; 5xx never). It also
 * reports readiness: the app is ready only while it listens.
 */
@Injectable()
export class SmtpIntakeServer implements OnApplicationBootstrap, OnApplicationShutdown, ReadinessCheck {
  readonly name = 'smtp-server';
  private readonly log = new Logger(SmtpIntakeServer.name);
  private readonly mailboxes: Set<string>;
  private server: SMTPServer | null = null;
  private listening = false;

  constructor(
    @Inject(EmailAdapterEnv) private readonly env: EmailAdapterEnv,
    @Inject(ReceiveMail) private readonly receiveMail: ReceiveMail,
  ) {
    this.mailboxes = new Set(env.supportMailboxes);
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
      // Inbound mail from other servers is never authenticated; AUTH is not offered at all.
      authOptional: true,
      disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(tls ?? {}),
      closeTimeout: CloseTimeoutMs,
      logger: false,
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

  private onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    if (this.mailboxes.has(address.address.toLowerCase())) return callback();
    callback(smtpError(550, '5.1.1 No such mailbox here: this server accepts mail for the support mailboxes only'));
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    let kept = 0;
    stream.on('data', (chunk: Buffer) => {
      // Over the limit the server answers 552 itself; keep no more than the limit in memory.
      if (kept + chunk.length <= this.env.EMAIL_MAX_BYTES) {
        chunks.push(chunk);
        kept += chunk.length;
      }
    });
    stream.once('error', (error) => callback(smtpError(451, `4.3.0 Message could not be read (${error.message}); please try again`)));
    stream.once('end', () => {
      if (stream.sizeExceeded) return callback(smtpError(552, `5.3.4 Message exceeds the limit of ${this.env.EMAIL_MAX_BYTES} bytes`));
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
      };
      this.receiveMail.execute(Buffer.concat(chunks), envelope).then(
        (outcome) =>
          callback(
            null,
            outcome.kind === 'accepted' ? `2.0.0 Received as ${outcome.inquiryId}` : '2.0.0 Accepted; automatic mail is not answered',
          ),
        (error: unknown) => callback(this.replyFor(error)),
      );
    });
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
