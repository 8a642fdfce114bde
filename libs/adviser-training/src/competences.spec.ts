import { claimableCategories, competenceChangeRefusal, isFullyQualified, mayTakeCategory, mentorFor, type Competence } from './competences';

const trainee: Competence[] = [
  { areaKind: 'category', area: 'login', level: 'in-training', mentor: 'mona' },
  { areaKind: 'category', area: 'inbox', level: 'qualified', mentor: null },
  { areaKind: 'queue', area: 'first-line', level: 'in-training', mentor: 'quinn' },
];

describe('which categories an adviser may take', () => {
  it('restricts a trainee to the categories they train or are qualified in, and keeps out work without a category', () => {
    expect(claimableCategories(trainee)).toEqual(['login', 'inbox']);
    expect(mayTakeCategory(trainee, 'login')).toBe(true);
    expect(mayTakeCategory(trainee, 'inbox')).toBe(true);
    expect(mayTakeCategory(trainee, 'signing')).toBe(false);
    expect(mayTakeCategory(trainee, null)).toBe(false);
  });
  it('leaves an adviser in training nowhere unrestricted (no competences, qualified, mentor, or training only in a queue)', () => {
    expect(claimableCategories([])).toBeNull();
    expect(claimableCategories([{ areaKind: 'category', area: 'login', level: 'mentor', mentor: null }])).toBeNull();
    expect(claimableCategories([{ areaKind: 'queue', area: 'second-line', level: 'in-training', mentor: 'm' }])).toBeNull();
    expect(mayTakeCategory([], null)).toBe(true);
  });
  it('counts only an adviser in training nowhere as fully qualified staff', () => {
    expect(isFullyQualified(trainee)).toBe(false);
    expect(isFullyQualified([{ areaKind: 'category', area: 'login', level: 'qualified', mentor: null }])).toBe(true);
  });
});

describe("who gets a trainee's escalation", () => {
  it("is the mentor in the inquiry's category first, then the mentor in its queue", () => {
    expect(mentorFor(trainee, { category: 'login', queue: 'first-line' })).toBe('mona');
    expect(mentorFor(trainee, { category: 'inbox', queue: 'first-line' })).toBe('quinn');
    expect(mentorFor(trainee, { category: null, queue: 'first-line' })).toBe('quinn');
  });
  it('is nobody (the second line) where the adviser is not in training', () => {
    expect(mentorFor(trainee, { category: 'inbox', queue: 'servicedesk' })).toBeNull();
    expect(mentorFor([], { category: 'login', queue: 'first-line' })).toBeNull();
  });
});

describe('a competence change', () => {
  const mentorInLogin: Competence[] = [{ areaKind: 'category', area: 'login', level: 'mentor', mentor: null }];
  const change = { adviser: 'tia', areaKind: 'category' as const, area: 'login', level: 'in-training' as const, mentor: 'mona' };
  it('gives a trainee a mentor who is a mentor in the same area', () => {
    expect(competenceChangeRefusal(change, mentorInLogin)).toBeNull();
    expect(competenceChangeRefusal({ ...change, mentor: null }, null)).toBeNull();
  });
  it('refuses an unknown area, a mentor who is not one there, oneself, and a mentor for a qualified adviser', () => {
    expect(competenceChangeRefusal({ ...change, area: 'cooking' }, mentorInLogin)).toMatch(/not a technical category/);
    expect(competenceChangeRefusal({ ...change, areaKind: 'queue', area: 'kitchen' }, mentorInLogin)).toMatch(/not a queue/);
    expect(competenceChangeRefusal({ ...change, area: 'inbox' }, mentorInLogin)).toBe('mona is not a mentor in category inbox');
    expect(competenceChangeRefusal({ ...change, mentor: 'tia' }, mentorInLogin)).toMatch(/own mentor/);
    expect(competenceChangeRefusal({ ...change, level: 'qualified' }, mentorInLogin)).toMatch(/only an adviser in training/);
    expect(competenceChangeRefusal(change, null)).toBe('mona is not an adviser');
  });
});
