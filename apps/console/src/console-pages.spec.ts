import { describe, expect, it } from 'vitest';
import type { Role } from '@inquiry-router/contracts/vocabulary';
import type { Session } from './api/session';
import { ConsolePages, landingPath, menuOf, pageAt } from './console-pages';

const as = (...roles: Role[]): Session => ({ token: 't', username: 'kari', roles });
const menuPaths = (session: Session, tools: Parameters<typeof menuOf>[1] = []) => menuOf(session, tools).map((page) => page.path);

describe('the console pages', () => {
  it('gives each page its own path and menu text', () => {
    expect(new Set(ConsolePages.map((page) => page.path)).size).toBe(ConsolePages.length);
    expect(new Set(ConsolePages.map((page) => page.menuText)).size).toBe(ConsolePages.length);
  });

  it("shows an adviser their work, search and help pages, and a supervisor's pages only to supervisors", () => {
    expect(menuPaths(as('adviser'))).toEqual(['/work', '/search', '/help-pages']);
    expect(menuPaths(as('supervisor'))).toEqual(expect.arrayContaining(['/dashboard', '/planning', '/satisfaction']));
    expect(pageAt('/dashboard', as('adviser'))).toBeUndefined();
    expect(pageAt('/dashboard', as('supervisor'))?.menuText).toBe('nav.dashboard');
  });

  it('keeps an agency user to search, with no work page', () => {
    expect(menuPaths(as('agency'))).toEqual(['/search']);
    expect(pageAt('/work', as('agency'))).toBeUndefined();
  });

  it('lists a development page only where the workdesk offers its tool, and opens it to support staff only', () => {
    expect(menuPaths(as('adviser'))).not.toContain('/development/sent');
    expect(menuPaths(as('adviser'), ['sent'])).toContain('/development/sent');
    expect(menuPaths(as('adviser'), ['sent'])).not.toContain('/development/phone');
    expect(pageAt('/development/phone', as('adviser'))?.path).toBe('/development/phone');
    expect(pageAt('/development/phone', as('operator'))).toBeUndefined();
  });

  it('lands each user on the page of their main role, a supervisor on the overview before their other roles', () => {
    expect(landingPath(as('adviser', 'supervisor'))).toBe('/dashboard');
    expect(landingPath(as('agency'))).toBe('/search');
    expect(landingPath(as('adviser', 'operator'))).toBe('/work');
    expect(landingPath(as('operator', 'editor'))).toBe('/notices');
    expect(landingPath(as('editor'))).toBe('/answer-templates');
    expect(landingPath(as('admin'))).toBe('/dashboard');
  });
});
