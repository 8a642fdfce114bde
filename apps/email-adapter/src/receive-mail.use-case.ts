import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { AttachmentMeta, ContractViolation, Inquiry, NamedError, parseContract } from '@inquiry-router/contracts';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { Clock, withTimeout } from '@inquiry-router/runtime';
import { EmailAdapterEnv } from './email-adapter.env';
import { AcknowledgeInquiry } from './acknowledge-inquiry.use-case';
import { AttachmentContents } from './email-adapter.ports';
import { MailEnvelope, readMail, UnreadableMail } from './read-mail';

export type ReceiveMailOutcome =
  | { kind: 'accepted'; inquiryId: string }
  /** Bounce, auto-reply or list mail: accepted so the sender stops, but not an inquiry. */
  | { kind: 'dropped-automatic'; reason: string };

/** The message could not be stored or published now; the sender should retry (SMTP 451). */
export class IntakeUnavailable extends NamedError {
  constructor(
    /** Which step failed: storing attachments (Postgres) or publishing (Kafka). */
    readonly step: 'store' | 'publish',
    reason: string,
  ) {
    super(reason);
  }
}

/** The message can never become an inquiry (SMTP 554); retrying would not help. */
export { UnreadableMail };

/**
 * One received email → one inquiry on the bus. Attachments are stored in Postgres first (the
 * inquiry carries only their metadata), then the inquiry is published; this resolves only after
 * Kafka acknowledged it, so the SMTP session may answer 250. The acknowledgement to the sender is
 * started afterwards and never holds the session.
 */
@Injectable()
export class ReceiveMail {
  private readonly log = new Logger(ReceiveMail.name);

  constructor(
    private readonly env: EmailAdapterEnv,
    private readonly intake: ReceiveInquiries,
    private readonly attachments: AttachmentContents,
    private readonly acknowledge: AcknowledgeInquiry,
    private readonly clock: Clock,
  ) {}

  /** `message` is read as it arrives; attachments over EMAIL_MAX_ATTACHMENT_BYTES are never held whole. */
  async execute(message: Readable, envelope: MailEnvelope): Promise<ReceiveMailOutcome> {
    const read = await readMail(message, envelope, this.clock.now(), this.env.EMAIL_MAX_ATTACHMENT_BYTES);
    if (read.kind === 'automatic') {
      // Why, but not who: the addresses are personal data.
      this.log.log({ reason: read.reason, bytes: read.bytes }, 'dropped automatic mail (no inquiry, no answer)');
      return { kind: 'dropped-automatic', reason: read.reason };
    }
    const { inquiry: draft, files } = read;

    const metas: AttachmentMeta[] = [];
    try {
      for (const file of files) {
        if (file.content === null) {
          this.log.warn(
            { inquiryId: draft.id, size: file.size, limit: this.env.EMAIL_MAX_ATTACHMENT_BYTES },
            'attachment over the size limit: metadata only, content not stored',
          );
          metas.push({ filename: file.filename, contentType: file.contentType, size: file.size });
        } else {
          metas.push(
            await this.attachments.put(draft.id, { filename: file.filename, contentType: file.contentType, content: file.content }),
          );
        }
      }
    } catch (error) {
      throw new IntakeUnavailable('store', `attachments could not be stored (${(error as Error).message})`);
    }

    let inquiry: Inquiry;
    try {
      inquiry = parseContract(Inquiry, { ...draft, attachments: metas.length > 0 ? metas : undefined });
    } catch (error) {
      if (error instanceof ContractViolation)
        throw new UnreadableMail(`message does not make a valid inquiry: ${error.message.slice(0, 200)}`);
      throw error;
    }

    try {
      // Bounded, so the session answers 451 well within an SMTP client's patience. A publish that
      // still lands after the deadline is harmless: the sender retries with the same Message-ID,
      // which is the same inquiry id, recorded once downstream.
      await withTimeout(this.intake.execute([inquiry]), this.env.EMAIL_PUBLISH_TIMEOUT_MS, 'Kafka');
    } catch (error) {
      throw new IntakeUnavailable('publish', `inquiry could not be published (${(error as Error).message})`);
    }
    this.log.log(
      { inquiryId: inquiry.id, attachments: metas.length, threadRef: inquiry.threadRef, bodyTruncated: read.bodyTruncated },
      'email received',
    );
    this.acknowledge.later(inquiry, read.messageId);
    return { kind: 'accepted', inquiryId: inquiry.id };
  }
}
