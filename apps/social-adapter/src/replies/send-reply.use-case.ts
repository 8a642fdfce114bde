import { Inject, Injectable } from '@nestjs/common';
import type { Network } from '../social-message';
import { REPLY_SENDERS, ReplySender, SendFailed } from './reply-sender';

/** Sends a direct message back to a person, through the send API of the network they wrote on. */
@Injectable()
export class SendReply {
  constructor(@Inject(REPLY_SENDERS) private readonly senders: ReplySender[]) {}

  /** Whether a reply on `network` can be sent at all (its send API is configured). */
  canSend(network: Network): boolean {
    return this.senders.some((s) => s.networks.includes(network) && s.configured);
  }

  async execute(reply: { network: Network; recipientId: string; text: string }): Promise<void> {
    const sender = this.senders.find((s) => s.networks.includes(reply.network));
    if (!sender) throw new SendFailed(`no send API configured for ${reply.network}`);
    await sender.send(reply.recipientId, reply.text);
  }
}
