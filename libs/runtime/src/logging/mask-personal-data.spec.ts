import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { findPersonalData, maskPersonalData, maskText } from './mask-personal-data';

describe('maskText', () => {
  it('masks email addresses but keeps the domain', () => {
    expect(maskText('mail fra kari.nordmann@example.no i dag')).toBe('mail fra k***@example.no i dag');
  });

  it('masks national identity numbers, with or without a space', () => {
    expect(maskText('fnr 01017012345 og 010170 12345')).toBe('fnr *********** og ***********');
  });

  it('masks phone numbers in the usual Norwegian forms', () => {
    expect(maskText('ring +4792900840')).toBe('ring ***40');
    expect(maskText('ring 929 00 840')).toBe('ring ***40');
    expect(maskText('ring +47 92900840')).toBe('ring ***40');
  });

  it('leaves error codes, form numbers and dates alone', () => {
    const text = 'feilkode 403 på RF-1086, referanse AR-2231904, frist 2026-05-31';
    expect(maskText(text)).toBe(text);
  });

  it.each(['010190 12345', '010190-12345', '010190.12345', '01.01.90 12345', '01.01.90-12345', '410190 12345', '01419012345'])(
    'masks the national identity number %s, however it is written',
    (id) => {
      expect(maskText(`fødselsnummer ${id}, takk`)).toBe('fødselsnummer ***********, takk');
    },
  );

  it.each([
    ['+46 70 123 45 67', '***67'],
    ['+44 20 7946 0958', '***58'],
    ['0047 929 00 840', '***40'],
    ['0046 70-123 45 67', '***67'],
    ['+1 (555) 123-4567', '***67'],
    ['+358 40 1234567', '***67'],
  ])('masks the foreign phone number %s whole', (phone, masked) => {
    expect(maskText(`ring meg på ${phone} i morgen`)).toBe(`ring meg på ${masked} i morgen`);
  });

  it('leaves UUIDs alone, also one whose first group is 8 digits', () => {
    const text = 'member workdesk-12345651-58c3-4d2e-9f1a-0123456789ab left, inquiry 87654321-0000-4000-8000-000000000001';
    expect(maskText(text)).toBe(text);
    expect(findPersonalData(text)).toEqual([]);
  });

  it('still masks 8 digits followed by a dash that is no UUID', () => {
    expect(maskText('ring 92900840-92900841')).toBe('ring ***40-***41');
  });

  it('leaves dates, times, amounts and reference numbers alone', () => {
    const text = [
      'møte 31.05.2026 kl. 10:30, 31.05.26 og 2026-05-31, åpent 08:00-16:00',
      'beløp 12 500 kr, orgnr 974 760 673',
      'sak IR-234567892345, IR-23456789234A og IR-ABCDEFGHJKLM, skjema RF-1086-12345',
      'referanse 123456-12345, faktura 99.99.99 12345, kvittering 2026-000123',
    ].join('\n');
    expect(maskText(text)).toBe(text);
  });
});

describe('maskPersonalData', () => {
  it('masks personal fields wholesale and strings everywhere else', () => {
    const masked = maskPersonalData({
      inquiry: { id: 'inq-1', from: { email: 'a@b.no' }, body: 'svar til ola@firma.no' },
      user: { name: 'Ola', phone: '+4791234567' },
    });
    expect(masked).toEqual({
      inquiry: { id: 'inq-1', from: '[masked]', body: 'svar til o***@firma.no' },
      user: { name: '[masked]', phone: '[masked]' },
    });
  });

  it('keeps a date a date, so the log shows its time', () => {
    const at = new Date('2026-12-06T12:00:00Z');
    expect(JSON.stringify(maskPersonalData({ at }))).toBe('{"at":"2026-12-06T12:00:00.000Z"}');
  });

  it('keeps of an HTTP response only its status, without walking its sockets and buffers', () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    response.statusCode = 201;
    response.setHeader('set-cookie', 'session=kari@example.no');
    expect(maskPersonalData({ res: response, responseTime: 3 })).toEqual({ res: { statusCode: 201 }, responseTime: 3 });
  });

  it('masks error messages and stacks, keeping the error type', () => {
    class MailError extends Error {}
    const error = new MailError('bad address x@y.no');
    const masked = maskPersonalData(error) as Error;
    expect(masked).toBeInstanceOf(MailError);
    expect(masked.message).toBe('bad address x***@y.no');
    expect(masked.stack).not.toContain('x@y.no');
  });
});

describe('findPersonalData', () => {
  const line = 'from test.person@example.no, fnr 12345678901, called from +4780080000 and 912 34 567';

  it('finds what maskText masks, as it stands in the text', () => {
    expect(findPersonalData(line)).toEqual([
      { kind: 'email', found: 'test.person@example.no' },
      { kind: 'national id', found: '12345678901' },
      { kind: 'phone', found: '+4780080000' },
      { kind: 'phone', found: '912 34 567' },
    ]);
  });

  it('finds nothing in what maskText leaves', () => {
    expect(findPersonalData(maskText(line))).toEqual([]);
  });
});
