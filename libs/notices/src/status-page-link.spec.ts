import { inLanguage } from './status-page-link';

describe('inLanguage', () => {
  it('names nynorsk and English, and leaves bokmål (the default) plain', () => {
    expect(inLanguage('https://status.example/status', 'nn')).toBe('https://status.example/status?lang=nn');
    expect(inLanguage('/status/feed.json', 'en')).toBe('/status/feed.json?lang=en');
    expect(inLanguage('/status', 'nb')).toBe('/status');
  });
});
