import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { inquiryMessageId, outboundMessageId, type OutboundMessage, type OutboundPurpose } from '@inquiry-router/contracts';
import { OutboundChannel, PermanentSendFailure, UnreachableRecipient } from '@inquiry-router/intake';
import type { OutboundRecipient } from '@inquiry-router/persistence';
import { EmailAdapterEnv } from '../email-adapter.env';
import { outboundSubject } from './outbound-subject';
import { relayTransport } from './relay-transport';

/** RFC 3834: what a machine sent on its own, so autoresponders do not answer it; an adviser's answer is a person's mail. */
const AutoSubmitted: Record<OutboundPurpose, string | null> = {
  answer: null,
  acknowledgement: 'auto-replied',
  'callback-offer': 'auto-replied',
  'case-status': 'auto-generated',
  'forwarded-notice': 'auto-generated',
  reminder: 'auto-generated',
  'incident-notice': 'auto-replied',
  'incident-resolution': 'auto-generated',
  // Marked automatic so out-of-office replies stay away; a person's reply with a score is still read.
  'satisfaction-survey': 'auto-generated',
};

/**
 * Sends outbound messages as mail through SMTP_RELAY_URL, in the inquiry's thread: the subject
 * carries the conversation's reference `[IR-…]`, In-Reply-To/References name the inquiry and its
 * conversation as our receipts do (`<IR-…@inquiry-router>`), so a reply joins the same thread.
 */
@Injectable()
export class EmailOutboundChannel implements OutboundChannel, OnApplicationShutdown {
  readonly channel = 'email' as const;
  readonly historyEvent = 'message-sent' as const;
  private readonly transport: Transporter | null;

  constructor(private readonly env: EmailAdapterEnv) {
    this.transport = relayTransport(env);
  }

  async deliver(message: OutboundMessage, recipient: OutboundRecipient): Promise<void> {
    // Dead-lettered, not dropped: once a relay is configured the messages can be replayed.
    if (!this.transport) throw new PermanentSendFailure('SMTP_RELAY_URL is not set: mail cannot be sent');
    const to = recipient.sender.email;
    if (!to) throw new UnreachableRecipient('the inquiry has no email address to write to');
    const inquiryRef = inquiryMessageId(recipient.inquiryId);
    const threadRef = inquiryMessageId(recipient.threadId);
    const autoSubmitted = AutoSubmitted[message.purpose];
    try {
      await this.transport.sendMail({
        // Answer from the mailbox they wrote to (the service desk's own, say), if it is one of ours.
        from: this.env.supportMailboxes.includes(recipient.toAddress.toLowerCase()) ? recipient.toAddress : this.env.SUPPORT_REPLY_FROM,
        to,
        subject: outboundSubject(message, recipient),
        text: message.body,
        messageId: outboundMessageId(message.messageId),
        inReplyTo: inquiryRef,
        references: recipient.threadId === recipient.inquiryId ? [inquiryRef] : [threadRef, inquiryRef],
        headers: {
          'Content-Language': message.language === 'en' ? 'en' : message.language === 'nn' ? 'nn' : 'nb',
          ...(autoSubmitted && { 'Auto-Submitted': autoSubmitted, 'X-Auto-Response-Suppress': 'All' }),
        },
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx from the relay: the address or the message is refused for good.
      if (typeof code === 'number' && code >= 500) throw new PermanentSendFailure(`the relay refused the mail: ${code}`);
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
