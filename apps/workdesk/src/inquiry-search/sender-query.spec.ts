import { searchWords, senderQuery } from './sender-query';

describe('a search for a sender', () => {
  it('takes an email address or a phone number as the key it is, normalised as the keys are', () => {
    expect(senderQuery(' Kari.Nordmann@Example.NO ')).toEqual({ kind: 'email', value: 'kari.nordmann@example.no' });
    expect(senderQuery('+47 905 50 123')).toEqual({ kind: 'phone', value: '90550123' });
    expect(senderQuery('0047 90550123')).toEqual({ kind: 'phone', value: '90550123' });
  });

  it('takes @account as a social account, and anything else as part of a name', () => {
    expect(senderQuery('@Kari_N')).toEqual({ kind: 'social', account: 'kari_n' });
    expect(senderQuery('Kari  Nordmann')).toEqual({ kind: 'name', name: 'Kari Nordmann' });
    expect(senderQuery('1234')).toEqual({ kind: 'name', name: '1234' });
  });
});

describe('the words of a text search', () => {
  it('keeps letters and digits, lower-cased, each once', () => {
    expect(searchWords('BankID: innlogging feiler, BankID!')).toEqual(['bankid', 'innlogging', 'feiler']);
    expect(searchWords("'; DROP TABLE inquiries; -- :* & |")).toEqual(['drop', 'table', 'inquiries']);
    expect(searchWords('Skattemelding for ENK på nynorsk: æøå')).toEqual(['skattemelding', 'for', 'enk', 'på', 'nynorsk', 'æøå']);
    expect(searchWords('a b c d e f g h i j k l', 3)).toEqual(['a', 'b', 'c']);
  });
});
