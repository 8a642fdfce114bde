import { textIn } from './notice-labels';

describe('a notice text in a language', () => {
  const text = { nb: 'Innlogging feiler', en: 'Login fails', nn: '' };

  it('is the translation where one was written, else bokmål', () => {
    expect(textIn(text, 'en')).toBe('Login fails');
    expect(textIn({ nb: 'Innlogging feiler' }, 'nn')).toBe('Innlogging feiler');
  });

  it('takes an empty translation as not written, and no text as empty', () => {
    expect(textIn(text, 'nn')).toBe('Innlogging feiler');
    expect(textIn(null, 'en')).toBe('');
    expect(textIn(undefined, 'nb')).toBe('');
  });
});
