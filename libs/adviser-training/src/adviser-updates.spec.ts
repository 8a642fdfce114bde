import { TechnicalCategories } from '@inquiry-router/contracts';
import { barsOn, claimBars, claimCategorySlots, updateReaches, type AdviserUpdate } from './adviser-updates';
import type { Competence } from './competences';

const update = (fields: Partial<AdviserUpdate>): AdviserUpdate => ({
  id: 'u-1',
  kind: 'procedure',
  title: 'New login procedure',
  categories: [],
  queues: [],
  requiredBeforeClaiming: true,
  ...fields,
});
const trainee: Competence[] = [{ areaKind: 'category', area: 'login', level: 'in-training', mentor: 'mona' }];

describe('who an update reaches', () => {
  it('reaches advisers in its queues, and those who may take its categories', () => {
    expect(updateReaches(update({ queues: ['second-line'] }), { lines: ['first-line', 'second-line'], competences: [] })).toBe(true);
    expect(updateReaches(update({ queues: ['second-line'] }), { lines: ['first-line'], competences: [] })).toBe(false);
    expect(updateReaches(update({ categories: ['signing'] }), { lines: ['first-line'], competences: [] })).toBe(true);
    expect(updateReaches(update({ categories: ['signing'] }), { lines: ['first-line'], competences: trainee })).toBe(false);
    expect(updateReaches(update({ categories: ['login'] }), { lines: ['first-line'], competences: trainee })).toBe(true);
  });
  it('reaches everyone when it names neither category nor queue', () => {
    expect(updateReaches(update({}), { lines: [], competences: trainee })).toBe(true);
  });
});

describe('claiming before confirming', () => {
  const required = update({ id: 'u-1', categories: ['login'] });
  const informational = update({ id: 'u-2', categories: ['inbox'], requiredBeforeClaiming: false });
  const queueWide = update({ id: 'u-3', queues: ['servicedesk'] });

  it('bars the categories and queues of unconfirmed required updates only', () => {
    const bars = claimBars([required, informational, queueWide]);
    expect(bars.categories).toEqual(['login']);
    expect(bars.queues).toEqual(['servicedesk']);
    expect(barsOn(bars, { category: 'login' }).map((u) => u.id)).toEqual(['u-1']);
    expect(barsOn(bars, { category: 'inbox', queue: 'first-line' })).toEqual([]);
    expect(barsOn(bars, { queue: 'servicedesk' }).map((u) => u.id)).toEqual(['u-3']);
  });
  it('takes the barred categories out of what a claim may take, the rest staying claimable', () => {
    const slots = claimCategorySlots([], claimBars([required]));
    expect(slots).not.toContain('login');
    expect(slots).toContain(null);
    expect(slots).toHaveLength(TechnicalCategories.length);
    expect(claimCategorySlots(trainee, claimBars([required]))).toEqual([]);
    expect(claimCategorySlots(trainee, claimBars([]))).toEqual(['login']);
  });
});
