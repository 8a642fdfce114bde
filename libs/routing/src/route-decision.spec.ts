import { routeDecision, UnroutableDecision } from './route-decision';

const agencies = new Set(['skd', 'nav']);

describe('routeDecision', () => {
  it.each(['first-line', 'second-line', 'servicedesk'] as const)('enqueues %s in the queue of that name', (target) => {
    expect(routeDecision({ target }, agencies)).toEqual({ action: 'enqueue', queue: target });
  });

  it('forwards an agency target to that agency', () => {
    expect(routeDecision({ target: 'agency:skd' }, agencies)).toEqual({ action: 'forward', agency: 'skd' });
  });

  it('refuses an agency without an agreement', () => {
    expect(() => routeDecision({ target: 'agency:xyz' }, agencies)).toThrow(UnroutableDecision);
  });
});
