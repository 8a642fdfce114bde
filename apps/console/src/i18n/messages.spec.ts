import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  AdviserUpdateKinds,
  CaseStatuses,
  CaseTypes,
  Channels,
  CompetenceAreaKinds,
  CompetenceLevels,
  IdentityKeyKinds,
  InquiryHistoryEvents,
  InquiryStatuses,
  Kinds,
  InquirerAuditActions,
  OutboundPurposes,
  Presences,
  QueueNames,
  TechnicalCategories,
} from '@inquiry-router/contracts/vocabulary';
import { SentChannels, SentRoutes } from '@inquiry-router/contracts/views';
import { placeholders } from './testing/message-values';
import { catalogues, flatten, Locales } from './catalogue';

const unique = (names: string[]) => [...new Set(names)].sort();
const bokmal = flatten(catalogues.nb);

describe('messages', () => {
  it.each(Locales)('%s has exactly the keys of bokmål, none empty', (locale) => {
    const messages = flatten(catalogues[locale]);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(bokmal).sort());
    expect(Object.entries(messages).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(Locales)('%s: every message is ICU with the same values as in bokmål', (locale) => {
    for (const [key, text] of Object.entries(flatten(catalogues[locale]))) {
      let elements: MessageFormatElement[] = [];
      expect(() => (elements = parse(text)), `${locale} ${key}`).not.toThrow();
      expect(unique(placeholders(elements)), `${locale} ${key}`).toEqual(unique(placeholders(parse(bokmal[key]))));
    }
  });

  it('counts with plurals that always have an "other" form', () => {
    for (const locale of Locales) {
      for (const [key, text] of Object.entries(flatten(catalogues[locale]))) {
        for (const el of parse(text)) if (el.type === TYPE.plural) expect(Object.keys(el.options), `${locale} ${key}`).toContain('other');
      }
    }
    expect(placeholders(parse(bokmal['dashboard.total']))).toContain('count:plural');
  });

  it('names every channel, queue, presence and case type of the contracts', () => {
    for (const m of Object.values(catalogues)) {
      for (const c of Channels) expect(m.channel[c]).toBeTruthy();
      for (const q of QueueNames) expect(m.queue[q]).toBeTruthy();
      for (const p of Presences) expect(m.presence[p]).toBeTruthy();
      for (const t of CaseTypes) expect(m.actions.caseTypes[t]).toBeTruthy();
    }
  });

  it('names every status of an inquiry and of a case, every kind of question, competence area and adviser update', () => {
    for (const m of Object.values(catalogues)) {
      for (const s of InquiryStatuses) expect(m.status[s], s).toBeTruthy();
      for (const s of CaseStatuses) expect(m.caseStatus[s], s).toBeTruthy();
      for (const k of Kinds) expect(m.kind[k], k).toBeTruthy();
      for (const k of CompetenceAreaKinds) expect(m.training.areaKinds[k], k).toBeTruthy();
      for (const k of AdviserUpdateKinds) expect(m.training.updates.kinds[k], k).toBeTruthy();
    }
  });

  it('names every key a person is recognised by, and every audited action on a person', () => {
    for (const m of Object.values(catalogues)) {
      for (const k of IdentityKeyKinds) expect(m.inquirer.keys[k]).toBeTruthy();
      for (const a of InquirerAuditActions) expect(m.inquirerLog.actions[a]).toBeTruthy();
    }
  });

  it("names every category, every competence level and every event of an inquiry's history", () => {
    for (const m of Object.values(catalogues)) {
      for (const c of TechnicalCategories) expect(m.category[c]).toBeTruthy();
      for (const l of CompetenceLevels) expect(m.training.levels[l]).toBeTruthy();
      for (const e of InquiryHistoryEvents) expect(m.historyEvent[e], e).toBeTruthy();
    }
  });

  it('names every channel, route and purpose of what the system sent, as the Sent page shows them', () => {
    for (const m of Object.values(catalogues)) {
      for (const c of SentChannels) expect(m.sent.channel[c]).toBeTruthy();
      for (const r of SentRoutes) expect(m.sent.via[r]).toBeTruthy();
      for (const p of OutboundPurposes) expect(m.sent.purpose[p]).toBeTruthy();
    }
  });
});
