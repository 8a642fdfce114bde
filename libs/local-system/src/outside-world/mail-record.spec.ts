import { simpleParser } from 'mailparser';
import { MaxRecordedText, mailRecord } from './mail-record';

const at = new Date('2026-12-07T09:30:00Z');

/** A mail as the relay receives it (RFC 5322 text), parsed as the sink parses it. */
const parsed = (headers: string[], body: string) => simpleParser(Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`));

describe('what the mail sink records of a mail', () => {
  it('records an answer with its envelope, subject, text and the ids that tie it to its inquiry and thread', async () => {
    const mail = await parsed(
      [
        'From: brukerservice@altinn.example',
        'To: kari@example.no',
        'Subject: Svar på henvendelsen din [IR-AAAAAAAAAAAA]',
        'Message-ID: <2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01@outbound.inquiry-router>',
        'In-Reply-To: <IR-BBBBBBBBBBBB@inquiry-router>',
        'References: <IR-AAAAAAAAAAAA@inquiry-router> <IR-BBBBBBBBBBBB@inquiry-router>',
        'Content-Type: text/plain; charset=utf-8',
      ],
      'Hei Kari,\r\n\r\nher er svaret.\r\n',
    );
    expect(mailRecord(mail, { from: 'bounces@altinn.example', to: ['kari@example.no'] }, at, 'r1')).toEqual({
      id: 'r1',
      at: '2026-12-07T09:30:00.000Z',
      channel: 'email',
      via: 'smtp',
      from: 'brukerservice@altinn.example',
      to: ['kari@example.no'],
      subject: 'Svar på henvendelsen din [IR-AAAAAAAAAAAA]',
      text: 'Hei Kari,\n\nher er svaret.',
      messageId: '<2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01@outbound.inquiry-router>',
      inReplyTo: '<IR-BBBBBBBBBBBB@inquiry-router>',
      references: ['<IR-AAAAAAAAAAAA@inquiry-router>', '<IR-BBBBBBBBBBBB@inquiry-router>'],
      inquiryReferences: ['IR-BBBBBBBBBBBB', 'IR-AAAAAAAAAAAA'],
    });
  });

  it('takes the envelope’s sender when the mail names none, reads an HTML-only mail as text, and cuts a long one', async () => {
    const html = await parsed(
      ['To: ops@example.no', 'Subject: Driftsmelding', 'Content-Type: text/html; charset=utf-8'],
      '<p>Innlogging &amp; skjema</p><p>virker igjen</p>',
    );
    const record = mailRecord(html, { from: 'driftsmeldinger@altinn.example', to: ['ops@example.no'] }, at, 'r2');
    expect(record).toMatchObject({
      from: 'driftsmeldinger@altinn.example',
      text: 'Innlogging & skjema\n\nvirker igjen',
      references: [],
      inquiryReferences: [],
    });

    const long = await parsed(['To: a@example.no', 'Subject: Lang'], 'x'.repeat(MaxRecordedText + 50));
    expect(mailRecord(long, { from: null, to: ['a@example.no'] }, at, 'r3').text).toHaveLength(MaxRecordedText);
  });
});
