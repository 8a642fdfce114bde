import { createServer, Server, Socket } from 'node:net';
import { aDecision, anInquiry } from '@inquiry-router/testing';
import { agencyDeliveryPayload } from './agency-delivery.payload';
import { MailboxSender } from './mailbox-sender';
import { DeliveryAttemptFailed } from './webhook-sender';

describe('MailboxSender against a relay that accepts and never answers', () => {
  const sockets: Socket[] = [];
  const silent: Server = createServer((socket) => sockets.push(socket));
  let relayUrl: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    relayUrl = `smtp://127.0.0.1:${(silent.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

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
