import { MalformedWebhook } from '../social-message';
import { parseXWebhook } from './parse-x-webhook';

const ours = new Set(['1000']);
const dm = (id: string, senderId: string, text: string) => ({
  type: 'message_create',
  id,
  created_timestamp: '1732460000000',
  message_create: {
    target: { recipient_id: senderId === '1000' ? '2000' : '1000' },
    sender_id: senderId,
    message_data: { text, entities: {} },
  },
});

describe('parseXWebhook', () => {
  it('reads a direct message with the sender screen name from the users map', () => {
    const parsed = parseXWebhook(
      {
        for_user_id: '1000',
        direct_message_events: [dm('e1', '2000', 'Hello, I cannot log in')],
        users: { '2000': { id: '2000', screen_name: 'kari_n' } },
      },
      ours,
    );
    expect(parsed.messages).toEqual([
      {
        network: 'x',
        messageId: 'x:e1',
        senderId: '2000',
        senderHandle: '@kari_n',
        accountId: '1000',
        text: 'Hello, I cannot log in',
        attachments: [],
        sentAt: new Date(1732460000000).toISOString(),
      },
    ]);
  });

  it('falls back to the sender id, and reads a media attachment', () => {
    const event = dm('e2', '2001', '');
    (event.message_create.message_data as Record<string, unknown>).attachment = {
      type: 'media',
      media: { type: 'photo', media_url_https: 'https://pbs.example/m.jpg' },
    };
    const [m] = parseXWebhook({ direct_message_events: [event], users: { constructor: {} } }, ours).messages;
    expect(m.senderHandle).toBe('2001');
    expect(m.attachments).toEqual([{ type: 'photo', url: 'https://pbs.example/m.jpg' }]);
  });

  it('ignores our own DMs, other event kinds and bodies without DMs', () => {
    expect(
      parseXWebhook({ for_user_id: '1000', direct_message_events: [dm('e3', '1000', 'Vårt svar'), { type: 'typing' }] }, ours),
    ).toEqual({ messages: [], ignored: 2 });
    expect(parseXWebhook({ for_user_id: '1000', tweet_create_events: [{}] }, ours)).toEqual({ messages: [], ignored: 1 });
  });

  it('names every field of the wrong shape', () => {
    let reasons: string[] = [];
    try {
      parseXWebhook(
        { direct_message_events: [{ type: 'message_create', id: 5, message_create: { sender_id: '1', message_data: {} } }] },
        ours,
      );
    } catch (error) {
      reasons = (error as MalformedWebhook).reasons;
    }
    expect(reasons).toEqual([
      'direct_message_events[0].id must be a non-empty string',
      'direct_message_events[0].message_create.target must be an object',
    ]);
    expect(() => parseXWebhook([], ours)).toThrow(MalformedWebhook);
    expect(() => parseXWebhook({ direct_message_events: {} }, ours)).toThrow('direct_message_events must be an array');
  });
});
