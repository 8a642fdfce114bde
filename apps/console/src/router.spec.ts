import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('takes parameters and refuses other paths', () => {
    expect(matchPath('/inquiries/:id', '/inquiries/dev%2D001')).toEqual({ id: 'dev-001' });
    expect(matchPath('/inquiries/:id', '/inquiries')).toBeNull();
    expect(matchPath('/inquiries/:id', '/cases/1')).toBeNull();
  });
});
