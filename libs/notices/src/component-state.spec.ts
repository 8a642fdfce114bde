import { componentStatuses } from './component-state';
import type { Notice } from './notice';

const components = [
  { code: 'login', names: { nb: 'Innlogging' }, categories: ['login'] },
  { code: 'forms', names: { nb: 'Skjema' }, categories: ['form-filling'] },
];
const at = new Date('2026-12-07T10:00:00Z');
const base: Notice = {
  id: 'DRIFT-00001',
  kind: 'incident',
  status: 'identified',
  severity: 'minor',
  title: { nb: 'Treg innlogging' },
  description: { nb: '.' },
  components: ['login'],
  environments: ['production'],
  audiences: ['end-users'],
  keywords: [],
  startsAt: new Date('2026-12-07T09:00:00Z'),
  expectedEndAt: null,
  endedAt: null,
};

describe('componentStatuses', () => {
  it('gives each component in each environment the worst state of the notices in force on it', () => {
    const notices: Notice[] = [
      base,
      { ...base, id: 'DRIFT-00002', severity: 'critical' },
      { ...base, id: 'DRIFT-00003', kind: 'maintenance', status: 'in-progress', components: ['forms'], environments: ['test'] },
      { ...base, id: 'DRIFT-00004', severity: 'critical', components: ['forms'], startsAt: new Date('2026-12-08T09:00:00Z') },
    ];
    const states = componentStatuses(components, notices, ['production', 'test'], at);
    expect(states).toEqual([
      { component: 'login', environment: 'production', state: 'major-outage', notices: ['DRIFT-00001', 'DRIFT-00002'] },
      { component: 'forms', environment: 'production', state: 'operational', notices: [] },
      { component: 'login', environment: 'test', state: 'operational', notices: [] },
      { component: 'forms', environment: 'test', state: 'maintenance', notices: ['DRIFT-00003'] },
    ]);
  });
});
