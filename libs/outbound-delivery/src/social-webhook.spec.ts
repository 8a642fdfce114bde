import { createHmac } from 'node:crypto';
import { signedDirectMessage } from './social-webhook';

const secrets = { metaAppSecret: 'meta-secret', xConsumerSecret: 'x-secret', xAccountId: '1000' };
const message = { messageId: 'm_1', senderId: '42', text: 'Hei', sentAt: new Date('2026-12-01T09:00:00Z') };

describe('a direct message as its network delivers it', () => {
  it('comes from Instagram as an instagram object, signed with the app secret in hex', () => {
    const request = signedDirectMessage(secrets, { ...message, network: 'instagram' });
    expect(request.path).toBe('/webhooks/meta');
    expect(JSON.parse(request.body)).toMatchObject({
      object: 'instagram',
      entry: [{ messaging: [{ sender: { id: '42' }, timestamp: message.sentAt.getTime(), message: { mid: 'm_1', text: 'Hei' } }] }],
    });
    expect(request.headers['x-hub-signature-256']).toBe(`sha256=${createHmac('sha256', 'meta-secret').update(request.body).digest('hex')}`);
  });

  it('comes from X addressed to our account, signed with the consumer secret in base64', () => {
    const request = signedDirectMessage(secrets, { ...message, network: 'x' });
    expect(request.path).toBe('/webhooks/x');
    expect(JSON.parse(request.body)).toEqual({
      for_user_id: '1000',
      direct_message_events: [
        {
          type: 'message_create',
          id: 'm_1',
          created_timestamp: String(message.sentAt.getTime()),
          message_create: { target: { recipient_id: '1000' }, sender_id: '42', message_data: { text: 'Hei' } },
        },
      ],
    });
    expect(request.headers['x-twitter-webhooks-signature']).toBe(
      `sha256=${createHmac('sha256', 'x-secret').update(request.body).digest('base64')}`,
    );
  });
});
