import { aDecision, anInquiry, SilentRelay } from '@inquiry-router/testing';
import { DeliveryAttemptFailed } from '@inquiry-router/outbound-delivery';
import { agencyDeliveryPayload } from './agency-delivery.payload';
import { MailboxSender } from './mailbox-sender';

describe('MailboxSender against a relay that accepts and never answers', () => {
  const relay = new SilentRelay();
  let relayUrl: string;

  beforeAll(async () => (relayUrl = await relay.listen()));
  afterAll(() => relay.close());

  it('fails the attempt within its timeout instead of hanging', async () => {
    const inquiry = anInquiry();
    const forwarded = { agency: 'skd', inquiry, decision: aDecision('agency:skd'), forwardedAt: inquiry.receivedAt };
    const payload = agencyDeliveryPayload('delivery-1', forwarded, 'nb', new Date());
    const started = Date.now();
    const sent = new MailboxSender(relayUrl, 'brukerservice@altinn.example', 300).send('post@skd.example', payload, 'Skatteetaten');
    await expect(sent).rejects.toThrow(DeliveryAttemptFailed);
    await expect(sent).rejects.toThrow('mailbox: ETIMEDOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
