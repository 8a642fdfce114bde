import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ModelSignals, ReasonCodeParams, ReasonCodes, type ReasonCode } from '@inquiry-router/contracts/vocabulary';
import { placeholders } from './testing/message-values';
import { catalogues, Locales } from './catalogue';
import type { Messages } from './messages';

/** The names of the values a message uses, from its branches too. */
const valueNames = (elements: MessageFormatElement[]): string[] => placeholders(elements).map((p) => p.slice(0, p.lastIndexOf(':')));

/** The reason codes a catalogue has no message for. */
function withoutMessage(catalogue: Messages): ReasonCode[] {
  const messages = catalogue.reason.code as Partial<Record<ReasonCode, string>>;
  return ReasonCodes.filter((code) => !messages[code]?.trim());
}

describe('reason messages', () => {
  it.each(Locales)('%s has a message for every reason code of the contracts', (locale) => {
    expect(withoutMessage(catalogues[locale])).toEqual([]);
  });

  it('finds a code without a message, or with an empty one', () => {
    const { diverted: _, ...withoutDiverted } = catalogues.en.reason.code;
    const lacking = { ...catalogues.en, reason: { ...catalogues.en.reason, code: { ...withoutDiverted, 'portal-question': ' ' } } };
    expect(withoutMessage(lacking as unknown as Messages)).toEqual(['portal-question', 'diverted']);
  });

  it.each(Locales)('%s: each message uses only the values its code gives', (locale) => {
    for (const code of ReasonCodes) {
      const used = valueNames(parse(catalogues[locale].reason.code[code]));
      for (const name of used) expect(ReasonCodeParams[code] as readonly string[], `${locale} ${code} {${name}}`).toContain(name);
    }
  });

  it.each(Locales)('%s names every signal of the text model a reason may quote', (locale) => {
    const signals = catalogues[locale].reason.signal as Partial<Record<string, string>>;
    expect(ModelSignals.filter((name) => !signals[name]?.trim())).toEqual([]);
  });
});
