import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyOfTarget, isLanguage, isQueueTarget, languageOrBokmal, TargetPattern } from './vocabulary';

describe('the contracts vocabulary', () => {
  it('imports nothing, so the console can use it without class-validator in the browser', () => {
    const source = readFileSync(join(__dirname, 'vocabulary.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+(\*|\{[^}]*\})\s+from)\b/m);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('tells queues from agencies in a routing target', () => {
    expect(isQueueTarget('second-line')).toBe(true);
    expect(isQueueTarget('agency:nav')).toBe(false);
    expect(agencyOfTarget('agency:nav')).toBe('nav');
    expect(agencyOfTarget('servicedesk')).toBeNull();
    expect(TargetPattern.test('agency:nav')).toBe(true);
    expect(TargetPattern.test('agency:')).toBe(false);
  });

  it('knows the languages it writes in, and writes in bokmål to someone whose language is none of them', () => {
    expect(['nb', 'nn', 'en'].every(isLanguage)).toBe(true);
    expect([null, undefined, '', 'sv', 'NB'].some(isLanguage)).toBe(false);
    expect(languageOrBokmal('nn')).toBe('nn');
    expect(languageOrBokmal('en')).toBe('en');
    expect(languageOrBokmal('sv')).toBe('nb');
    expect(languageOrBokmal(null)).toBe('nb');
  });
});
