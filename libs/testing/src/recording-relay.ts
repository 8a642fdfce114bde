import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** The outbound relay's stand-in: records every message it receives. */
export class RecordingRelay {
  readonly messages: { envelopeTo: string[]; mail: ParsedMail }[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    logger: false,
    onData: (stream, session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          this.messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  /** The messages received for `address`, in the order they arrived. */
  to(address: string): RecordingRelay['messages'] {
    return this.messages.filter((m) => m.envelopeTo.includes(address));
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
