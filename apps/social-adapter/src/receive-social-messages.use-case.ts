import { Injectable, Logger } from '@nestjs/common';
import { ContractViolation, Inquiry, parseContract } from '@inquiry-router/contracts';
import { inquiryIdFor, ReceiveInquiries } from '@inquiry-router/intake';
import { Clock } from '@inquiry-router/runtime';
import { ConversationPlace, ConversationThreads } from './conversations/conversation-threads';
import { AcknowledgeConversation } from './replies/acknowledge-conversation.use-case';
import { SocialAdapterEnv } from './social-adapter.env';
import { MalformedWebhook, SocialMessage } from './social-message';
import { toSocialInquiry } from './social-inquiry';
import { SocialRecipients } from './outbound/social-recipients';

export interface ReceivedSocialMessages {
  inquiries: Inquiry[];
}

/**
 * Turns the direct messages of one webhook delivery into inquiries, threaded by conversation,
 * and resolves once Kafka has acknowledged all of them (the webhook may then answer 200). The
 * first message of a conversation is then acknowledged to the person in the background: the
 * platform's deadline is for our 200, and a failed acknowledgement must not fail the webhook.
 */
@Injectable()
export class ReceiveSocialMessages {
  private readonly log = new Logger(ReceiveSocialMessages.name);

  constructor(
    private readonly intake: ReceiveInquiries,
    private readonly threads: ConversationThreads,
    private readonly acknowledge: AcknowledgeConversation,
    private readonly env: SocialAdapterEnv,
    private readonly recipients: SocialRecipients,
    private readonly clock: Clock,
  ) {}

  async execute(messages: SocialMessage[]): Promise<ReceivedSocialMessages> {
    const placed: { message: SocialMessage; id: string; place: ConversationPlace }[] = [];
    const inquiries: Inquiry[] = [];
    try {
      // In order, so a later message of the same delivery joins the thread an earlier one opened.
      for (const message of messages) {
        const id = inquiryIdFor('social', message.messageId);
        // Both before publishing (an answer to this inquiry always finds whom to send it to), and
        // side by side: one Redis round trip per message, not two.
        const [placing, remembering] = await Promise.allSettled([this.threads.place(message, id), this.recipients.remember(id, message)]);
        if (placing.status === 'rejected') throw placing.reason;
        const place = placing.value;
        placed.push({ message, id, place });
        if (remembering.status === 'rejected') throw remembering.reason;
        const threadRef = place.opensConversation ? undefined : place.firstInquiryId;
        const inquiry = toSocialInquiry(message, { id, threadRef }, this.env.SUPPORT_SOCIAL_ACCOUNT, this.clock.now());
        inquiries.push(checked(inquiry));
      }
      if (inquiries.length > 0) await this.intake.execute(inquiries);
    } catch (error) {
      // Not published: take back conversations this delivery opened, so the retry opens them again.
      await Promise.all(placed.filter((p) => p.place.registered).map((p) => this.threads.forget(p.message, p.id).catch(() => undefined)));
      throw error;
    }
    for (const { message, id, place } of placed) {
      if (place.opensConversation && this.acknowledge.enabledFor(message.network)) void this.acknowledgeQuietly(message, id);
    }
    return { inquiries };
  }

  private async acknowledgeQuietly(message: SocialMessage, id: string): Promise<void> {
    try {
      const outcome = await this.acknowledge.execute(message, id);
      this.log.log({ inquiryId: id, network: message.network, outcome }, 'acknowledgement');
    } catch (error) {
      this.log.warn(
        { inquiryId: id, network: message.network, reason: error instanceof Error ? error.message : String(error) },
        'acknowledgement not sent',
      );
    }
  }
}

/** What the bus would dead-letter is refused here instead, with the reason, as a malformed webhook. */
function checked(inquiry: Inquiry): Inquiry {
  try {
    parseContract(Inquiry, inquiry);
    return inquiry;
  } catch (error) {
    if (error instanceof ContractViolation) throw new MalformedWebhook(error.details);
    throw error;
  }
}
