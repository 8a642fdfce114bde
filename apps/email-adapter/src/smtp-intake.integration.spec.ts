// Integration: the email-adapter runs as a real process from dist/ against the real broker,
// Postgres and Redis; mail is sent with Python's smtplib, and acknowledgements go to a local
// stand-in for the outbound relay.
import { randomBytes } from 'node:crypto';
import { Inquiry, InquiryReceived, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, ReadRecord, RecordingRelay, TestPipeline } from '@inquiry-router/testing';
import { startEmailAdapter } from './testing/email-adapter-under-test';
import { BuiltMail, RawSmtpClient, sendWithSmtplib } from './testing/smtp-test-clients';

const support = 'brukerservice@altinn.example';
const MaxBytes = 200_000;
const MaxAttachmentBytes = 50_000;

describe('email intake over SMTP', () => {
  const pipeline = new TestPipeline();
  const relay = new RecordingRelay();
  let smtpPort: number;
  let received: ReadRecord[];

  beforeAll(async () => {
    smtpPort = await startEmailAdapter(
      pipeline,
      { EMAIL_MAX_BYTES: String(MaxBytes), EMAIL_MAX_ATTACHMENT_BYTES: String(MaxAttachmentBytes) },
      relay,
    );
    received = await pipeline.collect(Topics.InquiryReceived);
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await relay.close();
  });

  const sender = () => `kari.${randomBytes(4).toString('hex')}@example.no`;
  const messageId = () => `<${randomBytes(8).toString('hex')}@client.example>`;

  function inquiryOf(id: string): Promise<Inquiry> {
    return eventually(
      async () => {
        const record = received.find((r) => r.key === id);
        return record ? (JSON.parse(record.value!) as InquiryReceived).inquiry : undefined;
      },
      20_000,
      `inquiry ${id} on ${Topics.InquiryReceived}`,
    );
  }

  /** Sends a mail Python's email package assembles, from `from` to `to`, in the envelope as in its headers. */
  function sendBuilt(from: string, mail: Omit<BuiltMail, 'from' | 'to'>, to = support) {
    return sendWithSmtplib(smtpPort, { from, to: [to] }, { build: { from, to, ...mail } });
  }

  /**
   * Sends a person's mail from `from` and waits until it is published and its receipt has reached
   * the relay: the marker that the adapter got past what was sent before. Returns its inquiry id.
   */
  async function acknowledgedMarker(from: string): Promise<string> {
    const id = messageId();
    const inquiryId = inquiryIdFor('email', id);
    await sendBuilt(from, { subject: 'Hei', text: 'Et spørsmål.', headers: { 'Message-ID': id } });
    await inquiryOf(inquiryId);
    await eventually(
      async () => (relay.to(from).some((m) => m.mail.subject?.includes(inquiryId)) ? true : undefined),
      20_000,
      `the receipt of ${inquiryId}`,
    );
    return inquiryId;
  }

  it('announces SIZE, turns a plain mail into an inquiry after 250, and acknowledges it once with the reference', async () => {
    const from = sender();
    const id = messageId();
    const result = await sendWithSmtplib(
      smtpPort,
      { from, to: [support] },
      {
        build: {
          from: `Kari Nordmann <${from}>`,
          to: support,
          subject: 'Får ikke logget inn',
          text: 'Hei,\n\njeg får ikke logget inn med BankID.\n\nHilsen Kari',
          headers: { 'Message-ID': id },
        },
      },
    );
    expect(result.size).toBe(String(MaxBytes));
    const inquiryId = inquiryIdFor('email', id);
    expect(result).toMatchObject({ mail: 250, rcpt: [250], data: 250 });
    expect(result.reply).toContain(inquiryId);

    const inquiry = await inquiryOf(inquiryId);
    expect(inquiry).toMatchObject({
      id: inquiryId,
      channel: 'email',
      from: { name: 'Kari Nordmann', email: from },
      to: support,
      subject: 'Får ikke logget inn',
      body: 'Hei,\n\njeg får ikke logget inn med BankID.\n\nHilsen Kari',
    });
    expect(Date.now() - Date.parse(inquiry.receivedAt)).toBeLessThan(60_000);
    expect(inquiry.threadRef).toBeUndefined();

    const [ack] = await eventually(async () => (relay.to(from).length > 0 ? relay.to(from) : undefined), 20_000, 'acknowledgement');
    expect(ack.mail.subject).toBe(`Vi har mottatt henvendelsen din [${inquiryId}]`);
    expect(ack.mail.text).toContain('innen to virkedager');
    expect(ack.mail.from?.value[0].address).toBe('brukerservice@altinn.example');
    expect(ack.mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.mail.inReplyTo).toBe(id);
    expect(ack.mail.references).toBe(id);
    expect(ack.mail.messageId).toBe(`<${inquiryId}@inquiry-router>`);
  });

  it('stores a PDF attachment in Postgres and puts only its metadata on the inquiry', async () => {
    const from = sender();
    const id = messageId();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20_000), Buffer.from('\n%%EOF\n')]);
    const big = randomBytes(MaxAttachmentBytes + 10_000);
    const result = await sendBuilt(from, {
      subject: 'Skjema vedlagt',
      headers: { 'Message-ID': id },
      text: 'Se vedlagt skjema.',
      html: '<p>Se vedlagt <b>skjema</b>.</p>',
      attachments: [
        { filename: 'skjema.pdf', contentType: 'application/pdf', content: pdf },
        { filename: 'stor.bin', contentType: 'application/octet-stream', content: big },
      ],
    });
    expect(result.data).toBe(250);
    const inquiryId = inquiryIdFor('email', id);
    const inquiry = await inquiryOf(inquiryId);
    expect(inquiry.body).toBe('Se vedlagt skjema.');
    expect(inquiry.attachments).toEqual([
      {
        filename: 'skjema.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        storageRef: expect.stringMatching(/^attachment:[0-9a-f-]{36}$/) as unknown,
      },
      // Over EMAIL_MAX_ATTACHMENT_BYTES: described, not stored.
      { filename: 'stor.bin', contentType: 'application/octet-stream', size: big.length },
    ]);
    const rows: { inquiry_id: string; filename: string; content: Buffer }[] = await pipeline.db.query(
      `SELECT inquiry_id, filename, content FROM attachment_contents WHERE id = $1`,
      [inquiry.attachments![0].storageRef!.slice('attachment:'.length)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].inquiry_id).toBe(inquiryId);
    expect(Buffer.compare(rows[0].content, pdf)).toBe(0);
    const record = received.find((r) => r.key === inquiryId)!;
    expect(record.value!.length).toBeLessThan(5_000); // the content never travels on Kafka
  });

  it('turns HTML-only mail into readable text', async () => {
    const id = messageId();
    const from = sender();
    await sendBuilt(
      from,
      {
        subject: 'Testmiljø',
        headers: { 'Message-ID': id },
        html: '<html><head><style>p{color:red}</style></head><body><p>Hei,</p><p>vi trenger <b>tilgang</b> til testmiljøet.</p><script>alert(1)</script></body></html>',
      },
      'servicedesk@altinn.example',
    );
    const inquiry = await inquiryOf(inquiryIdFor('email', id));
    expect(inquiry.to).toBe('servicedesk@altinn.example');
    expect(inquiry.body).toBe('Hei,\n\nvi trenger tilgang til testmiljøet.');
  });

  it('decodes an encoded-word subject and sender name with æøå', async () => {
    const from = sender();
    const id = messageId();
    const subject = 'Spørsmål om skattemeldingen – ÆØÅ æøå';
    const raw = [
      `From: =?UTF-8?B?${Buffer.from('Åse Østbø').toString('base64')}?= <${from}>`,
      `To: ${support}`,
      `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
      `Message-ID: ${id}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hvordan f=E5r jeg s=F8kt om utsettelse?',
      '',
    ].join('\r\n');
    const result = await sendWithSmtplib(smtpPort, { from, to: [support] }, { raw });
    expect(result.data).toBe(250);
    const inquiry = await inquiryOf(inquiryIdFor('email', id));
    expect(inquiry.subject).toBe(subject);
    expect(inquiry.from.name).toBe('Åse Østbø');
    expect(inquiry.body).toBe('Hvordan får jeg søkt om utsettelse?');
  });

  it('joins a reply to the first inquiry, by the reference in the subject or by In-Reply-To, and keeps the quote', async () => {
    const from = sender();
    const firstId = messageId();
    await sendBuilt(from, { subject: 'Roller', text: 'Hvordan gir jeg roller?', headers: { 'Message-ID': firstId } });
    const first = await inquiryOf(inquiryIdFor('email', firstId));

    const bySubject = messageId();
    await sendBuilt(from, {
      subject: `SV: Vi har mottatt henvendelsen din [${first.id}]`,
      text: 'Jeg glemte å si at det gjelder et AS.\n\n> Hvordan gir jeg roller?',
      headers: { 'Message-ID': bySubject },
    });
    const byHeader = messageId();
    await sendBuilt(from, {
      subject: 'Re: Roller',
      text: 'En ting til.',
      headers: { 'Message-ID': byHeader, 'In-Reply-To': firstId, References: firstId },
    });
    const reply1 = await inquiryOf(inquiryIdFor('email', bySubject));
    const reply2 = await inquiryOf(inquiryIdFor('email', byHeader));
    expect(reply1.threadRef).toBe(first.id);
    expect(reply1.body).toContain('> Hvordan gir jeg roller?');
    expect(reply2.threadRef).toBe(first.id);
  });

  it('accepts auto-replies and bounces with 250 but makes no inquiry and sends no acknowledgement', async () => {
    const from = sender();
    const autoId = messageId();
    const bounceId = messageId();
    const auto = await sendBuilt(from, {
      subject: 'Fraværsmelding: Får ikke logget inn',
      text: 'Jeg er på ferie til 1. august.',
      headers: { 'Message-ID': autoId, 'Auto-Submitted': 'auto-replied' },
    });
    const bounce = await sendWithSmtplib(
      smtpPort,
      { from: '', to: [support] },
      {
        build: {
          from: `MAILER-DAEMON@example.no`,
          to: support,
          subject: 'Undelivered Mail Returned to Sender',
          text: 'This is the mail system.',
          headers: { 'Message-ID': bounceId },
        },
      },
    );
    expect(auto).toMatchObject({ mail: 250, rcpt: [250], data: 250 });
    expect(bounce).toMatchObject({ mail: 250, rcpt: [250], data: 250 });

    // A person's mail sent after them has been published and acknowledged; the automatic ones never were.
    await acknowledgedMarker(sender());
    expect(received.filter((r) => r.key === inquiryIdFor('email', autoId) || r.key === inquiryIdFor('email', bounceId))).toEqual([]);
    expect(relay.to(from)).toEqual([]);
  });

  it('refuses an oversized message with 552, declared in MAIL FROM or found in DATA', async () => {
    const from = sender();
    const big = {
      build: {
        from,
        to: support,
        subject: 'Stort vedlegg',
        text: 'x',
        attachments: [{ filename: 'stor.bin', contentType: 'application/octet-stream', content: randomBytes(MaxBytes) }],
      },
    };
    const declared = await sendWithSmtplib(smtpPort, { from, to: [support] }, big);
    expect(declared.mail).toBe(552);
    expect(declared.data).toBeUndefined();

    const client = await RawSmtpClient.connect(smtpPort);
    expect((await client.command('EHLO client.example')).code).toBe(250);
    expect((await client.command(`MAIL FROM:<${from}>`)).code).toBe(250);
    expect((await client.command(`RCPT TO:<${support}>`)).code).toBe(250);
    const undeclared = await client.data(
      Buffer.from(`From: ${from}\r\nSubject: stort\r\n\r\n${'x'.repeat(76)}\r\n`.repeat(Math.ceil(MaxBytes / 90) + 10)),
    );
    expect(undeclared.code).toBe(552);
    client.close();
  });

  it('refuses an unknown recipient with 550 and a reason', async () => {
    const from = sender();
    const result = await sendBuilt(from, { subject: 'Hei', text: 'Hei' }, 'postmaster@altinn.example');
    expect(result.rcpt).toEqual([550]);
    expect(result.data).toBeUndefined();
    const client = await RawSmtpClient.connect(smtpPort);
    await client.command('EHLO client.example');
    await client.command(`MAIL FROM:<${from}>`);
    const rcpt = await client.command('RCPT TO:<ukjent@altinn.example>');
    expect(rcpt.code).toBe(550);
    expect(rcpt.text).toMatch(/support mailboxes only/);
    client.close();
  });

  it('makes the same inquiry of a redelivered Message-ID and acknowledges it only once', async () => {
    const from = sender();
    const id = messageId();
    const raw = `From: ${from}\r\nTo: ${support}\r\nSubject: Dobbel\r\nMessage-ID: ${id}\r\n\r\nSendt to ganger.\r\n`;
    const inquiryId = inquiryIdFor('email', id);
    expect((await sendWithSmtplib(smtpPort, { from, to: [support] }, { raw })).data).toBe(250);
    await eventually(async () => (relay.to(from).length > 0 ? true : undefined), 20_000, 'first acknowledgement');
    const again = await sendWithSmtplib(smtpPort, { from, to: [support] }, { raw });
    expect(again.data).toBe(250);
    expect(again.reply).toContain(inquiryId);
    // Both deliveries, found by their sender rather than by the id, are the same inquiry, which the pipeline records once.
    const fromSender = await eventually(
      async () => {
        const mine = received.filter((r) => (JSON.parse(r.value!) as InquiryReceived).inquiry.from.email === from);
        return mine.length === 2 ? mine : undefined;
      },
      20_000,
      'both deliveries published',
    );
    expect(fromSender.map((r) => [r.key, (JSON.parse(r.value!) as InquiryReceived).inquiry.id])).toEqual([
      [inquiryId, inquiryId],
      [inquiryId, inquiryId],
    ]);
    // The receipt of a later mail has gone out; a second one for the redelivery would have by then.
    const marker = await acknowledgedMarker(from);
    expect(relay.to(from).map((m) => m.mail.subject)).toEqual([
      expect.stringContaining(`[${inquiryId}]`),
      expect.stringContaining(`[${marker}]`),
    ]);
  });

  it('gives a message without Message-ID an id from its content, stable across a resend', async () => {
    const from = sender();
    const raw = `From: ${from}\r\nTo: ${support}\r\nSubject: Uten id\r\n\r\nIngen Message-ID her ${randomBytes(4).toString('hex')}.\r\n`;
    const first = await sendWithSmtplib(smtpPort, { from, to: [support] }, { raw });
    const second = await sendWithSmtplib(smtpPort, { from, to: [support] }, { raw });
    const id = /IR-[A-Z2-9]{12}/.exec(first.reply!)![0];
    expect(second.reply).toContain(id);
    expect((await inquiryOf(id)).subject).toBe('Uten id');
  });

  it('is ready only with the SMTP server listening, and reports it', async () => {
    const res = await fetch(pipeline.url('email-adapter', '/health/ready'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { info: Record<string, { status: string }> };
    expect(body.info['smtp-server']).toEqual({ status: 'up' });
    expect(Object.keys(body.info)).toEqual(expect.arrayContaining(['kafka-producer', 'postgres', 'redis', 'smtp-server']));
  });
});
