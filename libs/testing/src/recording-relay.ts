import type { ParsedMail } from 'mailparser';
import { freePort, MailSink } from '@inquiry-router/local-system';

/** The outbound relay's stand-in for integration tests: the local mail sink, keeping every message as parsed. */
export class RecordingRelay {
  readonly messages: { envelopeTo: string[]; mail: ParsedMail }[] = [];
  private readonly sink = new MailSink((mail, envelope) => this.messages.push({ envelopeTo: envelope.to, mail }));

  /** The messages received for `address`, in the order they arrived. */
  to(address: string): RecordingRelay['messages'] {
    return this.messages.filter((m) => m.envelopeTo.includes(address));
  }

  /** Starts on a free port of 127.0.0.1; returns the `SMTP_RELAY_URL` that sends the system's outgoing mail here. */
  async listen(): Promise<string> {
    const port = await freePort();
    await this.sink.listen(port);
    return `smtp://127.0.0.1:${port}`;
  }

  close(): Promise<void> {
    return this.sink.close();
  }
}

/**
 * Starts `relay` on a free port; returns the env that sends the system's outgoing mail to it, the
 * email adapter taking mail in on a free port of its own.
 */
export async function mailThrough(relay: RecordingRelay): Promise<NodeJS.ProcessEnv> {
  return {
    SMTP_RELAY_URL: await relay.listen(),
    EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
    EMAIL_ADAPTER_SMTP_PORT: String(await freePort()),
  };
}
