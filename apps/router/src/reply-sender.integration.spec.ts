// Integration: real Kafka broker, Postgres (test database) and Redis; email-adapter, classifier,
// router and workdesk run as real processes. Mail comes in over real SMTP (nodemailer); a local
// SMTP server stands in for the outbound relay and records every mail a reporter would get.
import { randomBytes } from 'node:crypto';
import { createTransport, type SendMailOptions } from 'nodemailer';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, freePort, pipelineApi, RecordingRelay, TestPipeline } from '@inquiry-router/testing';

const servicedesk = 'servicedesk@altinn.example';

describe('a reply quoting the conversation of another sender', () => {
  const pipeline = new TestPipeline();
  const relay = new RecordingRelay();
  const { api, login } = pipelineApi(pipeline);
  let smtpPort: number;
  let adviser: string;

  beforeAll(async () => {
    smtpPort = await freePort();
    await pipeline.setUp({
      SMTP_RELAY_URL: await relay.listen(),
      EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
      EMAIL_ADAPTER_SMTP_PORT: String(smtpPort),
    });
    await Promise.all((['email-adapter', 'classifier', 'router', 'workdesk'] as const).map((app) => pipeline.start(app)));
    adviser = await login('adviser');
  }, 180_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await relay.close();
  });

  const mailsTo = (address: string) => relay.messages.filter((m) => m.envelopeTo.some((to) => to.toLowerCase() === address.toLowerCase()));
  const mailSaying = (address: string, text: string) =>
    eventually(async () => mailsTo(address).find((m) => m.mail.text?.includes(text)), 30_000, `a mail to ${address} saying "${text}"`);
  const messageId = () => `<${randomBytes(8).toString('hex')}@client.example>`;

  async function send(mail: SendMailOptions & { messageId: string }): Promise<string> {
    const transport = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ to: servicedesk, ...mail });
    } finally {
      transport.close();
    }
    return inquiryIdFor('email', mail.messageId);
  }

  async function recorded(id: string): Promise<{ thread_id: string; thread_ref: string | null; reasons: string[] }> {
    return eventually(
      async () => {
        const [row] = await pipeline.db.query<{ thread_id: string; thread_ref: string | null; reasons: string[] }[]>(
          `SELECT i.thread_id, i.thread_ref, d.reasons FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
          [id],
        );
        return row;
      },
      60_000,
      `inquiry ${id} recorded by the router`,
    );
  }

  async function caseOf(inquiryId: string): Promise<{ id: string; status: string }> {
    return eventually(
      async () => {
        const [row] = await pipeline.db.query<{ id: string; status: string }[]>(`SELECT id, status FROM cases WHERE inquiry_id = $1`, [
          inquiryId,
        ]);
        return row;
      },
      60_000,
      `the case of ${inquiryId}`,
    );
  }

  const historyOf = async (inquiryId: string) =>
    (
      await pipeline.db.query<{ event: string; details: Record<string, unknown> }[]>(
        `SELECT event, details FROM inquiry_history WHERE inquiry_id = $1 ORDER BY id`,
        [inquiryId],
      )
    ).map((h) => h.event);

  it("is a new inquiry of its own: the other sender's case and thread stay as they were and they get no notice; their own reply joins", async () => {
    const kari = `kari.${randomBytes(4).toString('hex')}@example.no`;
    const ola = `ola.${randomBytes(4).toString('hex')}@example.no`;

    // Kari writes; her case is registered (receipt and case notice), then resolved.
    const kariMessageId = messageId();
    const kariId = await send({ from: kari, subject: 'API-feil', text: 'Vi får feilkode 500 fra API-et.', messageId: kariMessageId });
    expect((await recorded(kariId)).thread_id).toBe(kariId);
    const kariCase = await caseOf(kariId);
    const changeStatus = (status: string) =>
      api(`/api/cases/${kariCase.id}/status`, { method: 'POST', token: adviser, body: { status } }).then((r) => r.status);
    expect(await changeStatus('in-progress')).toBe(200);
    expect(await changeStatus('resolved')).toBe(200);
    await mailSaying(kari, 'Saken din er løst.');
    await new Promise((r) => setTimeout(r, 1000));
    const kariMails = mailsTo(kari).length;

    // Ola replies quoting Kari's reference and Message-ID, to the same desk.
    const olaId = await send({
      from: ola,
      subject: `Re: Saken din ${kariCase.id} [${kariId}]`,
      text: 'Jeg har samme feil.',
      messageId: messageId(),
      inReplyTo: kariMessageId,
      references: [kariMessageId],
    });
    const olaRow = await recorded(olaId);
    expect(olaRow.thread_id).toBe(olaId);
    expect(olaRow.thread_ref).toBe(kariId);
    expect(olaRow.reasons.at(-1)).toMatch(new RegExp(`quoted ${kariId} .*another sender: not joined`));
    const olaRouted = await pipeline.db.query<{ details: { notJoined?: string } }[]>(
      `SELECT details FROM inquiry_history WHERE inquiry_id = $1 AND event = 'routed'`,
      [olaId],
    );
    expect(olaRouted[0].details.notJoined).toContain(kariId);
    // Ola gets a case of his own; its notice to him says the workdesk is done with his mail.
    const olaCase = await caseOf(olaId);
    expect(olaCase.id).not.toBe(kariCase.id);
    await mailSaying(ola, 'Vi har registrert saken din.');
    await new Promise((r) => setTimeout(r, 2000));

    expect(await caseOf(kariId)).toEqual({ id: kariCase.id, status: 'resolved' });
    expect(await historyOf(kariId)).not.toContain('reply-received');
    expect(await historyOf(kariId)).not.toContain('case-reply-received');
    expect(mailsTo(kari)).toHaveLength(kariMails);

    // Kari's own reply, by In-Reply-To alone, still joins her conversation and reopens her case.
    const kariReplyId = await send({
      from: `Kari Nordmann <${kari.toUpperCase()}>`,
      subject: 'Re: API-feil',
      text: 'Feilen er tilbake.',
      messageId: messageId(),
      inReplyTo: kariMessageId,
      references: [kariMessageId],
    });
    expect((await recorded(kariReplyId)).thread_id).toBe(kariId);
    await eventually(async () => ((await caseOf(kariId)).status === 'in-progress' ? true : undefined), 30_000, "Kari's case reopened");
    expect(await historyOf(kariId)).toContain('reply-received');
    expect(await historyOf(kariId)).toContain('case-reply-received');
    await mailSaying(kari, 'åpnet saken igjen');
  }, 240_000);
});
