import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, webhookSecretBytes } from './webhook-secret';

describe('webhook secrets', () => {
  it('makes a fresh whsec_ secret of 32 bytes that Standard Webhooks signs and verifies with', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhookSecretBytes(secret)).toBe(32);
    expect(newWebhookSecret()).not.toBe(secret);
    const hook = new Webhook(secret);
    const at = new Date();
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': hook.sign('msg_1', at, '{}'),
    };
    expect(hook.verify('{}', headers)).toEqual({});
  });

  it('counts the key bytes of a given secret', () => {
    expect(webhookSecretBytes(`whsec_${Buffer.alloc(24).toString('base64')}`)).toBe(24);
  });
});
