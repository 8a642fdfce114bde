import { SocialMessage } from '../social-message';

/** A Messenger text message to our page, as the webhook parser reads it; fields can be overridden. */
export const aSocialMessage = (overrides: Partial<SocialMessage> = {}): SocialMessage => ({
  network: 'facebook',
  messageId: 'm_1',
  senderId: '2468',
  senderHandle: '2468',
  accountId: '1357',
  text: 'Hei, jeg får ikke logget inn',
  attachments: [],
  ...overrides,
});
