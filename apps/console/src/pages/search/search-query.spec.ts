import { describe, expect, it } from 'vitest';
import { isSearch, noSearchFields, queryOf, searchApiPath, searchFromQuery, spanReversed } from './search-query';

describe('the search in the address', () => {
  it('keeps the fields given and the page, so a search can be shared and reloaded', () => {
    const fields = { ...noSearchFields, q: ' innlogging BankID ', status: 'queued', from: '2026-01-01' };
    const query = queryOf(fields, 2);
    expect(query).toBe('?q=innlogging+BankID&status=queued&from=2026-01-01&page=2');
    expect(searchFromQuery(query)).toEqual({ fields: { ...fields, q: 'innlogging BankID' }, page: 2 });
  });

  it('asks the API with the same parameters and the page size', () => {
    expect(searchApiPath({ ...noSearchFields, reference: 'IR-ABCDEFGHJKLM', agency: 'skd' }, 1)).toBe(
      '/api/inquiries/search?reference=IR-ABCDEFGHJKLM&agency=skd&page=1&pageSize=25',
    );
  });

  it('takes a missing or malformed page as the first, and ignores parameters it does not know', () => {
    expect(searchFromQuery('?q=a&page=0').page).toBe(1);
    expect(searchFromQuery('?q=a&page=x').page).toBe(1);
    expect(searchFromQuery('?q=a&pageSize=500&sort=old')).toEqual({ fields: { ...noSearchFields, q: 'a' }, page: 1 });
  });

  it('tells a search sent (even an empty one) from the page opened without one', () => {
    expect(isSearch('')).toBe(false);
    expect(isSearch('?inquiry=IR-1')).toBe(false);
    expect(isSearch('?page=1')).toBe(true);
    expect(isSearch('?sender=kari')).toBe(true);
  });

  it('refuses a span whose from date is after its to date', () => {
    expect(spanReversed({ from: '2026-02-01', to: '2026-01-31' })).toBe(true);
    expect(spanReversed({ from: '2026-01-31', to: '2026-01-31' })).toBe(false);
    expect(spanReversed({ from: '', to: '2026-01-31' })).toBe(false);
  });
});
