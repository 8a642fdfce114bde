import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('recognises bokmål', () => {
    expect(detectLanguage('Hei, jeg får ikke sendt inn skjemaet. Hva gjør jeg nå?')).toBe('nb');
  });
  it('recognises nynorsk', () => {
    expect(detectLanguage('Hei, eg får ikkje sendt inn skjemaet. Kva skal eg gjere no?')).toBe('nn');
  });
  it('recognises nynorsk written without æøå', () => {
    expect(detectLanguage('korleis kan eg sja kven som har tilgang til verksemda')).toBe('nn');
  });
  it('recognises English', () => {
    expect(detectLanguage('Hello, how do I give my accountant access to our company?')).toBe('en');
  });
  it('defaults to bokmål when nothing decides', () => {
    expect(detectLanguage('a-melding RF-1086')).toBe('nb');
  });
});
