import type { Request } from 'express';
import { problemDocument } from '@inquiry-router/runtime';
import { publicProblemPage } from './public-problem-page';

/** A request as Express gives it: the query and form as parsed, languages from `accept-language`. */
function aRequest({ acceptLanguage = '', query = {}, body = {} }: { acceptLanguage?: string; query?: object; body?: object }): Request {
  const wanted = acceptLanguage.split(',').map((l) => l.split(';')[0].trim().split('-')[0]);
  return {
    query,
    body,
    acceptsLanguages: (...offered: string[]) => wanted.find((w) => offered.includes(w)) ?? false,
  } as unknown as Request;
}

describe('publicProblemPage', () => {
  const refusal = problemDocument(400, ['token must be the token of a survey link', 'score <must> be 1–5']);

  it('lists what was refused, escaped and marked as English, with what to do, in the browser’s language', () => {
    const html = publicProblemPage(refusal, aRequest({ acceptLanguage: 'nn-NO,nn;q=0.9,en;q=0.5' }));
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('<h1>Det gjekk ikkje</h1>');
    expect(html).toContain('<li lang="en">token must be the token of a survey link</li><li lang="en">score &lt;must&gt; be 1–5</li>');
    expect(html).toContain('Sjekk at du har kopiert heile lenkja');
  });

  it('takes the language the request names before the browser’s, and bokmål for any other', () => {
    const named = (query: object, body: object) =>
      /<html lang="(\w+)">/.exec(publicProblemPage(refusal, aRequest({ acceptLanguage: 'nn', query, body })))?.[1];
    expect(named({ lang: 'en' }, {})).toBe('en');
    expect(named({}, { language: 'en' })).toBe('en');
    expect(named({ lang: 'de' }, {})).toBe('nn');
    expect(/<html lang="(\w+)">/.exec(publicProblemPage(refusal, aRequest({ acceptLanguage: 'de-DE,no;q=0.5' })))?.[1]).toBe('nb');
  });

  it('says only to wait at a limit, and tells nothing of a fault', () => {
    const busy = publicProblemPage(problemDocument(429, 'a limit of 5 a minute'), aRequest({ acceptLanguage: 'en' }));
    expect(busy).toContain('Too many tries in a short time');
    expect(busy).not.toContain('a limit of 5');
    const fault = publicProblemPage(problemDocument(500, 'Internal server error'), aRequest({}));
    expect(fault).toContain('Noe gikk galt hos oss');
    expect(fault).not.toContain('Internal server error');
  });
});
