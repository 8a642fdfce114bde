import { describeKeys, identityKeysOf, isNationalIdentityNumber, isOrganisationNumber } from './identity-keys';

describe('identity keys of an inquiry', () => {
  it('takes the sender email, phone and social account, normalised so that ways of writing them are one', () => {
    expect(identityKeysOf({ from: { email: ' Kari.Nordmann@Example.NO ' }, body: 'hei' })).toEqual([
      { kind: 'email', value: 'kari.nordmann@example.no' },
    ]);
    expect(identityKeysOf({ from: { phone: '+47 905 50 123' }, body: 'hei' })).toEqual([{ kind: 'phone', value: '90550123' }]);
    expect(identityKeysOf({ from: { phone: '004790550123' }, body: 'hei' })).toEqual([{ kind: 'phone', value: '90550123' }]);
    expect(identityKeysOf({ from: { handle: '@Kari_N', network: 'Facebook' }, body: 'hei' })).toEqual([
      { kind: 'social', value: 'facebook:kari_n' },
    ]);
  });

  it('finds valid national identity and organisation numbers in the text, run together or grouped', () => {
    const keys = identityKeysOf({
      from: {},
      subject: 'Gjelder 010190 10046',
      body: 'Fødselsnummeret mitt er 15038510190 og firmaet har org.nr. 812 345 672.',
    });
    expect(keys).toEqual([
      { kind: 'national-id', value: '01019010046' },
      { kind: 'national-id', value: '15038510190' },
      { kind: 'organisation-number', value: '812345672' },
    ]);
  });

  it('takes a phone number the text gives as the person’s own, not a bare number nor the support’s', () => {
    expect(identityKeysOf({ from: { email: 'kari@example.no' }, body: 'Hilsen Kari\nTlf: 905 50 123' })).toEqual([
      { kind: 'email', value: 'kari@example.no' },
      { kind: 'phone', value: '90550123' },
    ]);
    expect(identityKeysOf({ from: {}, body: 'Ring meg på 905 50 123, takk' })).toEqual([{ kind: 'phone', value: '90550123' }]);
    expect(identityKeysOf({ from: {}, body: 'You can call me at +47 41 22 33 44 after lunch' })).toEqual([
      { kind: 'phone', value: '41223344' },
    ]);
    expect(identityKeysOf({ from: {}, body: 'Jeg ringte 75006000 i går, og dokumentet har nummer 41223344.' })).toEqual([]);
    expect(identityKeysOf({ from: {}, body: 'Ring meg på 75 00 60 00' }, { othersPhoneNumbers: new Set(['75006000']) })).toEqual([]);
  });

  it('ignores numbers whose check digits are wrong, phone numbers, and the agencies’ organisation numbers', () => {
    const keys = identityKeysOf(
      {
        from: {},
        body: 'Ringte 90550123. Nummer 01019010047 og 812345673 er feil. Brønnøysund har 974760673. Referanse 123-456-789.',
      },
      { othersOrganisationNumbers: new Set(['974760673']) },
    );
    expect(keys).toEqual([]);
  });

  it('checks national identity numbers: D-numbers and synthetic test numbers pass, impossible dates do not', () => {
    expect(isNationalIdentityNumber('01019010046')).toBe(true);
    expect(isNationalIdentityNumber('41019010110')).toBe(true); // D-number: day + 40
    expect(isNationalIdentityNumber('01019010047')).toBe(false);
    expect(isNationalIdentityNumber('32139010046')).toBe(false);
    expect(isNationalIdentityNumber('0101901004')).toBe(false);
  });

  it('checks organisation numbers', () => {
    expect(isOrganisationNumber('974760673')).toBe(true);
    expect(isOrganisationNumber('812345672')).toBe(true);
    expect(isOrganisationNumber('812345673')).toBe(false);
    expect(isOrganisationNumber('712345672')).toBe(false);
  });

  it('names the keys that matched', () => {
    expect(describeKeys(['email'])).toBe('email address');
    expect(describeKeys(['email', 'phone', 'email'])).toBe('email address and phone number');
    expect(describeKeys(['email', 'phone', 'national-id'])).toBe('email address, phone number and national identity number');
  });
});
