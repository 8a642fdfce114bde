import { Injectable } from '@nestjs/common';
import type { OutboundMessage } from '@inquiry-router/contracts';
import { OutboundChannel, PermanentSendFailure, UnreachableRecipient } from '@inquiry-router/intake';
import type { OutboundRecipient } from '@inquiry-router/persistence';
import { SendFailed } from '../replies/reply-sender';
import { SendReply } from '../replies/send-reply.use-case';
import { Network, Networks } from '../social-message';
import { SocialRecipient, SocialRecipients } from './social-recipients';

/**
 * Sends outbound messages as direct messages through the send API of the network the person
 * wrote on (the same senders as the acknowledgements). Direct messages have no subject: a
 * publisher's subject becomes the first line.
 */
@Injectable()
export class SocialOutboundChannel implements OutboundChannel {
  readonly channel = 'social' as const;
  readonly historyEvent = 'message-sent' as const;

  constructor(
    private readonly sendReply: SendReply,
    private readonly recipients: SocialRecipients,
  ) {}

  async deliver(message: OutboundMessage, recipient: OutboundRecipient): Promise<void> {
    const to = await this.recipientOf(recipient);
    const text = message.subject ? `${message.subject}\n\n${message.body}` : message.body;
    try {
      await this.sendReply.execute({ network: to.network, recipientId: to.senderId, text });
    } catch (error) {
      if (error instanceof SendFailed && isPermanent(error)) throw new PermanentSendFailure(error.message);
      throw error;
    }
  }

  /** Kept when the message came in; else the handle, where it is the platform's id (Meta always, X when no screen name was known). */
  private async recipientOf(r: OutboundRecipient): Promise<SocialRecipient> {
    const kept = (await this.recipients.find(r.inquiryId)) ?? (await this.recipients.find(r.threadId));
    if (kept) return kept;
    const network = r.sender.network as Network | undefined;
    const handle = r.sender.handle;
    if (!network || !Networks.includes(network)) throw new PermanentSendFailure(`no send API for network "${network ?? 'unknown'}"`);
    if (!handle || (network === 'x' && !/^[0-9]{1,25}$/.test(handle)))
      throw new UnreachableRecipient("the person's platform id is not known");
    return { network, senderId: handle };
  }
}

/** No token configured, or a 4xx the platform will repeat (not a timeout or a rate limit). */
function isPermanent(error: SendFailed): boolean {
  if (error.status === null) return /is not set|no send API/.test(error.message);
  return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}
