import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import type { MailEnvelope } from './mail-record';

/** Largest mail taken; the relay's stand-in need take no more than a real one would pass. */
const MaxMailBytes = 50 * 1024 * 1024;

/**
 * The outbound relay's stand-in: a real SMTP server on loopback that takes every mail (no
 * authentication, no TLS) and hands each, parsed, to `onMail`. Used by `npm start` in development,
 * the browser tests, the fault harness and the integration tests (libs/testing's RecordingRelay).
 */
export class MailSink {
  private server: SMTPServer | null = null;
  private port = 0;

  constructor(private readonly onMail: (mail: ParsedMail, envelope: MailEnvelope) => void) {}

  /** Listens on loopback, on `port` (0: a free one); resolves with the port, rejects when it is taken. */
  async listen(port = 0): Promise<number> {
    // Loaded on first use, so the commands that import this library and never take mail do not load them.
    const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]);
    let whileListening: ((error: Error) => void) | null = null;
    const server = new SMTPServer({
      authOptional: true,
      hideSTARTTLS: true,
      logger: false,
      size: MaxMailBytes,
      // Connections still open at close are cut after a second, not the default half minute.
      closeTimeout: 1000,
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            const from = session.envelope.mailFrom;
            this.onMail(mail, { from: from ? from.address : null, to: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    // A port taken fails listen(); a client that drops its connection is no concern of the sink.
    server.on('error', (error: Error) => whileListening?.(error));
    this.server = server;
    return new Promise((resolve, reject) => {
      whileListening = reject;
      server.listen(port, '127.0.0.1', () => {
        whileListening = null;
        this.port = (server.server.address() as AddressInfo).port;
        resolve(this.port);
      });
    });
  }

  /** `smtp://127.0.0.1:<port>`, the SMTP_RELAY_URL that points at this sink. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
