// Integration: what a sender sees when the inquiry cannot be put on the bus. The broker itself
// is shared by every test and must keep running, so the failure is made by deleting this test's
// own inquiry.received.v1 topic: the broker then refuses every write to it, as it does when it
// is unavailable, and the adapter has to refuse the mail with 451 and keep nothing.
// (With the broker down at boot the app does not start at all: its producer connects first.)
import { randomBytes } from 'node:crypto';
import { InquiryReceived, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, RecordingRelay, TestPipeline } from '@inquiry-router/testing';
import { createTopics } from '@inquiry-router/local-system';
import { startEmailAdapter } from './testing/email-adapter-under-test';
import { sendWithSmtplib } from './testing/smtp-test-clients';

const support = 'brukerservice@altinn.example';

describe('email intake while Kafka refuses the inquiry', () => {
  const pipeline = new TestPipeline();
  const relay = new RecordingRelay();
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await startEmailAdapter(pipeline, { EMAIL_PUBLISH_TIMEOUT_MS: '3000' }, relay);
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await relay.close();
  });

  it('answers 451 while the inquiry cannot be published, and takes the resent mail once it can', async () => {
    const topic = pipeline.connection.topic(Topics.InquiryReceived);
    const admin = pipeline.connection.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic], timeout: 10_000 });
    await eventually(async () => ((await admin.listTopics()).includes(topic) ? undefined : true), 15_000, 'topic deleted');

    const from = `ola.${randomBytes(4).toString('hex')}@example.no`;
    const id = `<${randomBytes(8).toString('hex')}@client.example>`;
    const raw = `From: ${from}\r\nTo: ${support}\r\nSubject: Hjelp\r\nMessage-ID: ${id}\r\n\r\nJeg trenger hjelp med innloggingen.\r\n`;
    const refused = await sendWithSmtplib(smtpPort, { from, to: [support] }, { raw });
    expect(refused).toMatchObject({ mail: 250, rcpt: [250], data: 451 });
    expect(refused.reply).toMatch(/try again later/);

    // The broker takes writes again. Another person's mail, accepted and acknowledged, is the
    // marker: by its receipt, one for the refused mail would have gone out too.
    await createTopics(pipeline.connection, undefined, pipeline.log);
    await admin.disconnect();
    const received = await pipeline.collect(Topics.InquiryReceived);
    const resentUntilAccepted = (sender: string, mail: string) =>
      eventually(
        async () => {
          const r = await sendWithSmtplib(smtpPort, { from: sender, to: [support] }, { raw: mail });
          return r.data === 250 ? r : undefined;
        },
        60_000,
        `the mail from ${sender} accepted`,
      );
    const other = `kari.${randomBytes(4).toString('hex')}@example.no`;
    const markerId = `<${randomBytes(8).toString('hex')}@client.example>`;
    await resentUntilAccepted(
      other,
      `From: ${other}\r\nTo: ${support}\r\nSubject: Skjema\r\nMessage-ID: ${markerId}\r\n\r\nHvor finner jeg skjemaet?\r\n`,
    );
    await eventually(async () => (relay.to(other).length > 0 ? true : undefined), 20_000, 'the marker acknowledged');
    expect(relay.to(from)).toEqual([]); // refused: nothing accepted, nothing acknowledged

    // The sender's retry goes through as the same inquiry, and is acknowledged once.
    const accepted = await resentUntilAccepted(from, raw);
    const inquiryId = inquiryIdFor('email', id);
    expect(accepted.reply).toContain(inquiryId);
    const record = await eventually(async () => received.find((r) => r.key === inquiryId), 20_000, 'inquiry published');
    expect((JSON.parse(record.value!) as InquiryReceived).inquiry).toMatchObject({
      id: inquiryId,
      subject: 'Hjelp',
      from: { email: from },
    });
    const [ack] = await eventually(async () => (relay.to(from).length > 0 ? relay.to(from) : undefined), 20_000, 'the acknowledgement');
    expect(ack.mail.subject).toContain(`[${inquiryId}]`);
  });
});
