import { Injectable } from '@nestjs/common';
import type { OutboundMessage } from '@inquiry-router/contracts';
import { OutboundChannel, UnreachableRecipient } from '@inquiry-router/intake';
import type { OutboundRecipient } from '@inquiry-router/persistence';

/**
 * The phone channel has no outbound voice or SMS provider: a message for a caller becomes a
 * task to call them back and say it. Nothing is sent; the task is the `callback-requested` row
 * in the inquiry's history (with the text to say), written by the common delivery, which is
 * what advisers follow up. Refused only when there is no number to call.
 */
@Injectable()
export class CallbackOutboundChannel implements OutboundChannel {
  readonly channel = 'phone' as const;
  readonly historyEvent = 'callback-requested' as const;

  deliver(_message: OutboundMessage, recipient: OutboundRecipient): Promise<void> {
    if (!recipient.sender.phone) return Promise.reject(new UnreachableRecipient('the inquiry has no phone number to call back'));
    return Promise.resolve();
  }
}
