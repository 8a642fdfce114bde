import { CaseTypes, Channels, Presences, QueueNames } from '@inquiry-router/contracts/vocabulary';
import { describe, expect, it } from 'vitest';
import { en, nb } from './messages';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('messages', () => {
  it('has every text in both languages, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
    for (const k of keys(nb)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], nb)).not.toBe('');
  });

  it('names every channel, queue, presence and case type of the contracts', () => {
    for (const m of [nb, en]) {
      for (const c of Channels) expect(m.channel[c]).toBeTruthy();
      for (const q of QueueNames) expect(m.queue[q]).toBeTruthy();
      for (const p of Presences) expect(m.presence[p]).toBeTruthy();
      for (const t of CaseTypes) expect(m.actions.caseTypes[t]).toBeTruthy();
    }
  });
});
