import { detectLanguage, inquiryLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['bokmål', 'Hei, jeg får ikke sendt inn skjemaet. Hva gjør jeg nå?', 'nb'],
    ['nynorsk', 'Hei, eg får ikkje sendt inn skjemaet. Kva skal eg gjere no?', 'nn'],
    ['nynorsk written without æøå', 'korleis kan eg sja kven som har tilgang til verksemda', 'nn'],
    ['English', 'Hello, how do I give my accountant access to our company?', 'en'],
  ])('recognises %s', (_, text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('defaults to bokmål when nothing decides', () => {
    expect(detectLanguage('a-melding RF-1086')).toBe('nb');
  });
});

describe('inquiryLanguage', () => {
  it('takes the language the inquiry carries, and guesses from its subject and body when it carries none the system writes in', () => {
    expect(inquiryLanguage({ language: 'en', subject: 'Innlogging', body: 'Eg får ikkje logga inn.' })).toBe('en');
    expect(inquiryLanguage({ language: null, subject: 'Innlogging', body: 'Eg får ikkje logga inn. Kva gjer eg?' })).toBe('nn');
    expect(inquiryLanguage({ language: 'sv', subject: null, body: 'Hello, how do I log in?' })).toBe('en');
  });
});
