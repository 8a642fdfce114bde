import type { ParsedMail } from 'mailparser';
import { MailSink } from '@inquiry-router/local-system';

/** The outbound relay's stand-in for integration tests: the local mail sink, keeping every message as parsed. */
export class RecordingRelay {
  readonly messages: { envelopeTo: string[]; mail: ParsedMail }[] = [];
  private readonly sink = new MailSink((mail, envelope) => this.messages.push({ envelopeTo: envelope.to, mail }));

  /** The messages received for `address`, in the order they arrived. */
  to(address: string): RecordingRelay['messages'] {
    return this.messages.filter((m) => m.envelopeTo.includes(address));
  }

  async listen(port: number): Promise<void> {
    await this.sink.listen(port);
  }

  close(): Promise<void> {
    return this.sink.close();
  }
}
