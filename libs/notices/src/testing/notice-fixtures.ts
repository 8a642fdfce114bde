import type { Notice } from '../notice';

/** A major login incident under investigation since 08:00 UTC on 7 December 2026; `over` sets what a test is about. */
export const aNotice = (over: Partial<Notice> = {}): Notice => ({
  id: 'DRIFT-00001',
  kind: 'incident',
  status: 'investigating',
  severity: 'major',
  title: { nb: 'Innlogging feiler', en: 'Login fails' },
  description: { nb: 'Vi undersøker.' },
  components: ['login'],
  environments: ['production'],
  audiences: ['end-users'],
  keywords: [],
  startsAt: new Date('2026-12-07T08:00:00Z'),
  expectedEndAt: null,
  endedAt: null,
  ...over,
});
