import { maskPersonalData, maskText } from './mask-personal-data';

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

  it('masks error messages and stacks, keeping the error type', () => {
    class MailError extends Error {}
    const error = new MailError('bad address x@y.no');
    const masked = maskPersonalData(error) as Error;
    expect(masked).toBeInstanceOf(MailError);
    expect(masked.message).toBe('bad address x***@y.no');
    expect(masked.stack).not.toContain('x@y.no');
  });
});
