import { MaxBodyLength } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { limitBody, readMail, threadOf } from './read-mail';

describe('threadOf', () => {
  const first = inquiryIdFor('email', '<first@client.example>');

  it('prefers the reference number in the subject', () => {
    expect(threadOf(`SV: Vi har mottatt henvendelsen din [${first}]`, '<other@x>', ['<other@x>'])).toBe(first);
  });

  it('takes a reply to our acknowledgement as the inquiry it acknowledged', () => {
    expect(threadOf('Re: kvittering', `<${first}@inquiry-router>`, undefined)).toBe(first);
  });

  it("maps the thread's first message to the inquiry it became", () => {
    expect(threadOf('Re: Roller', '<second@client.example>', ['<first@client.example>', '<second@client.example>'])).toBe(first);
    expect(threadOf('Re: Roller', '<first@client.example>', undefined)).toBe(first);
  });

  it('is null for a new conversation', () => {
    expect(threadOf('Roller', undefined, undefined)).toBeNull();
  });
});

describe('limitBody', () => {
  it('keeps a body within the contract and says it was cut', () => {
    const { body, truncated } = limitBody('a'.repeat(MaxBodyLength + 10));
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(MaxBodyLength);
    expect(body).toMatch(/avkortet: e-posten var 100010 tegn/);
    expect(limitBody('kort')).toEqual({ body: 'kort', truncated: false });
  });
});

describe('readMail', () => {
  const envelope = { from: 'kari@example.no', to: ['brukerservice@altinn.example'] };

  it('strips control characters Postgres would refuse, and names unnamed attachments', async () => {
    const raw = Buffer.from(
      'From: kari@example.no\r\nSubject: Hei\u0000 der\r\nMessage-ID: <c@x>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n' +
        '--b\r\nContent-Type: text/plain\r\n\r\nTekst\u0001 her\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment\r\n\r\nxyz\r\n--b--\r\n',
      'latin1',
    );
    const read = await readMail(raw, envelope, new Date());
    if (read.kind !== 'inquiry') throw new Error('expected an inquiry');
    expect(read.inquiry.subject).toBe('Hei der');
    expect(read.inquiry.body).toBe('Tekst her');
    expect(read.files.map((f) => f.filename)).toEqual(['vedlegg-1']);
  });

  it('truncates a long body with the marker', async () => {
    const raw = Buffer.from(`From: kari@example.no\r\nSubject: Lang\r\n\r\n${'ord '.repeat(30_000)}\r\n`);
    const read = await readMail(raw, envelope, new Date());
    if (read.kind !== 'inquiry') throw new Error('expected an inquiry');
    expect(read.bodyTruncated).toBe(true);
    expect(read.inquiry.body.length).toBeLessThanOrEqual(MaxBodyLength);
  });
});
