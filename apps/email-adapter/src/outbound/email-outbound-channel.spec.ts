import type { OutboundMessage } from '@inquiry-router/contracts';
import { PermanentSendFailure } from '@inquiry-router/intake';
import type { OutboundRecipient } from '@inquiry-router/persistence';
import { loadConfig } from '@inquiry-router/runtime';
import { SilentRelay } from '@inquiry-router/testing';
import { EmailAdapterEnv } from '../email-adapter.env';
import { EmailOutboundChannel } from './email-outbound-channel';

const message: OutboundMessage = {
  messageId: '2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01',
  inquiryId: 'IR-ABCDEFGHJKLM',
  channel: 'email',
  purpose: 'answer',
  language: 'nb',
  subject: 'Svar på henvendelsen',
  body: 'Hei, her er svaret.',
  sentBy: 'adviser',
  createdAt: '2026-05-18T08:00:00.000Z',
};
const recipient: OutboundRecipient = {
  inquiryId: 'IR-ABCDEFGHJKLM',
  threadId: 'IR-ABCDEFGHJKLM',
  channel: 'email',
  sender: { email: 'kari@example.no' },
  toAddress: 'brukerservice@altinn.example',
  subject: 'Skattemelding',
};

describe('EmailOutboundChannel against a relay that accepts and never answers', () => {
  const relay = new SilentRelay();
  let channel: EmailOutboundChannel;

  beforeAll(async () => {
    const timeouts = { SMTP_CONNECTION_TIMEOUT_MS: '300', SMTP_GREETING_TIMEOUT_MS: '300', SMTP_SOCKET_TIMEOUT_MS: '300' };
    channel = new EmailOutboundChannel(
      loadConfig(EmailAdapterEnv, { NODE_ENV: 'test', SMTP_RELAY_URL: await relay.listen(), ...timeouts }),
    );
  });
  afterAll(async () => {
    channel.onApplicationShutdown();
    await relay.close();
  });

  it('fails the send within the timeout, as a failed delivery to retry, instead of hanging', async () => {
    const started = Date.now();
    const sent = channel.deliver(message, recipient);
    await expect(sent).rejects.toThrow(/greeting never received|timeout/i);
    await expect(sent).rejects.not.toBeInstanceOf(PermanentSendFailure);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(relay.connections).toBeGreaterThan(0);
  });

  it('has timeouts by default', () => {
    const env = loadConfig(EmailAdapterEnv, { NODE_ENV: 'test' });
    expect([env.SMTP_CONNECTION_TIMEOUT_MS, env.SMTP_GREETING_TIMEOUT_MS, env.SMTP_SOCKET_TIMEOUT_MS]).toEqual([10_000, 10_000, 30_000]);
  });
});
