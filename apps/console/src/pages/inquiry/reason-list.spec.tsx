import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReasonCodeParams, ReasonCodes, type DecisionReason, type ReasonCode } from '@inquiry-router/contracts/vocabulary';
import type { Locale } from '../../i18n/catalogue';
import { ReasonList } from './reason-list';
import { renderInLocale } from '../../testing/console-under-test';

/** Values for every parameter a code takes: counts of 1, terms of the vocabulary, times, and text. */
function sampleParams(code: ReasonCode): DecisionReason['params'] {
  const sample: Record<string, string | number> = {
    category: 'login',
    caseType: 'bestilling',
    target: 'second-line',
    route: 'technical',
    nextRoute: 'agency:nav',
    from: 'first-line',
    to: 'second-line',
    channel: 'email',
    keys: 'email,phone',
    receivedAt: '2026-03-02T09:15:00.000Z',
    startsAt: '2026-03-02T08:00:00.000Z',
    via: 'address',
    scope: 'portal',
    sameMatter: 'category',
    state: 'unresolved',
    p: 0.82,
    nextP: 0.1,
    confidence: 0.42,
    threshold: 0.5,
  };
  return Object.fromEntries(
    ReasonCodeParams[code].map((name) => [name, sample[name] ?? (name.endsWith('Count') || name === 'score' ? 1 : `‹${name}›`)]),
  );
}

const every: DecisionReason[] = ReasonCodes.map((code) => ({ code, params: sampleParams(code) }));

function reasonsIn(locale: Locale, reasons: DecisionReason[], texts = reasons.map((r) => `English text of ${r.code}`)): string[] {
  renderInLocale(<ReasonList decision={{ reasons: texts, reasonCodes: reasons }} labelledBy="reasons" />, locale);
  return screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
}

describe('ReasonList', () => {
  afterEach(cleanup);

  it('says every reason code in bokmål, none of it in the English text or the English message', () => {
    const nb = reasonsIn('nb', every);
    cleanup();
    const en = reasonsIn('en', every);
    expect(nb).toHaveLength(ReasonCodes.length);
    ReasonCodes.forEach((code, n) => {
      expect(nb[n], code).not.toContain('English text');
      expect(nb[n], code).not.toBe(en[n]);
    });
    expect(screen.queryByTestId('reasons-untranslated')).toBeNull();
  });

  it('puts terms and times in the reader’s language', () => {
    const [category, model, repeat, diverted] = reasonsIn('nb', [
      { code: 'category', params: { category: 'roles-rights', terms: '"fullmakt"' } },
      {
        code: 'model-route',
        params: { version: 'm1', route: 'technical', p: 0.82, nextRoute: 'agency:nav', nextP: 0.1, pulledBy: '', pulledByCount: 0 },
      },
      {
        code: 'repeat-contact',
        params: { ...sampleParams('repeat-contact'), sameMatter: 'thread', state: 'reopened', keyCount: 0, keys: '' },
      },
      { code: 'diverted', params: { from: 'first-line', to: 'second-line', expectedWaitMinutes: 25 } },
    ]);
    expect(category).toBe('Kategori Roller og rettigheter: "fullmakt".');
    expect(model).toMatch(/^Tekstmodell m1: Teknisk 82\s?%, deretter Etat nav 10\s?%\.$/);
    expect(repeat).toContain('om den samme samtalen ble gjenåpnet; koblet av en rådgiver.');
    expect(repeat).toContain('(E-post, 2. mars 2026)');
    expect(diverted).toBe('Flyttet fra Førstelinje til Andrelinje: forventet ventetid 25 min');
  });

  it('names what pulled the text model: its signals in the reader’s language, the words as written', () => {
    const [doubt] = reasonsIn('nb', [
      {
        code: 'model-first-line-doubt',
        params: { p: 0.3, pulledBy: '[blocking], "bankid", [agency:nav], [category:inbox]', pulledByCount: 4 },
      },
    ]);
    expect(doubt).toMatch(
      /^Førstelinje, selv om tekstmodellen gir andrelinjen 30\s?%; trukket av noe stopper personen, "bankid", etaten nav, kategori Innboks\.$/,
    );
  });

  it('in nynorsk too', () => {
    const [portal, keys] = reasonsIn('nn', [
      { code: 'portal-question', params: {} },
      { code: 'repeat-contact', params: sampleParams('repeat-contact') },
    ]);
    expect(portal).toBe('Portalspørsmål: korleis portalen blir brukt, ikkje kva som skal svarast.');
    expect(keys).toContain('kjend att på');
  });

  it('shows the English text of a decision made before reasons had codes, and says why', () => {
    renderInLocale(
      <ReasonList decision={{ reasons: ['Portal question: how to use the portal rather than what to answer.'] }} labelledBy="reasons" />,
      'nb',
    );
    expect(screen.getByRole('listitem').textContent).toBe('Portal question: how to use the portal rather than what to answer.');
    expect(screen.getByRole('listitem').getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('reasons-untranslated').textContent).toContain('vises derfor på engelsk');
  });
});
