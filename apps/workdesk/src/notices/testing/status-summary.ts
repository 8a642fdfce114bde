import type { NoticeView, StatusSummaryView } from '@inquiry-router/contracts';

/** A notice as the status page receives it, with a registration and, if given, later updates. */
export function aNoticeView(over: Partial<NoticeView> = {}): NoticeView {
  return {
    id: 'DRIFT-00001',
    kind: 'incident',
    status: 'identified',
    severity: 'major',
    title: { nb: 'Innlogging feiler', en: 'Login fails' },
    description: { nb: 'Vi undersøker feil ved innlogging.' },
    components: ['login'],
    environments: ['production'],
    audiences: ['end-users'],
    keywords: [],
    startsAt: '2026-12-07T08:00:00.000Z',
    expectedEndAt: '2026-12-07T12:00:00.000Z',
    endedAt: null,
    createdBy: 'operator',
    createdAt: '2026-12-07T08:05:00.000Z',
    updatedAt: '2026-12-07T09:00:00.000Z',
    version: 2,
    updates: [
      {
        sequence: 1,
        status: 'investigating',
        message: { nb: 'Vi undersøker feil ved innlogging.' },
        changed: [],
        changedBy: 'operator',
        changedAt: '2026-12-07T08:05:00.000Z',
      },
      {
        sequence: 2,
        status: 'identified',
        message: { nb: 'Feilen er hos BankID.', nn: 'Feilen er hjå BankID.', en: 'The fault is with BankID.' },
        changed: ['expectedEndAt'],
        changedBy: 'operator',
        changedAt: '2026-12-07T09:00:00.000Z',
      },
    ],
    ...over,
  };
}

/** The status page's data: login in partial outage in production from one active incident. */
export function aStatusSummary(over: Partial<StatusSummaryView> = {}): StatusSummaryView {
  const names = { login: { nb: 'Innlogging', nn: 'Innlogging', en: 'Login' }, inbox: { nb: 'Innboks og meldinger', en: 'Inbox' } };
  return {
    generatedAt: '2026-12-07T09:30:00.000Z',
    components: [
      { component: 'login', names: names.login, environment: 'production', state: 'partial-outage', notices: ['DRIFT-00001'] },
      { component: 'inbox', names: names.inbox, environment: 'production', state: 'operational', notices: [] },
      { component: 'login', names: names.login, environment: 'test', state: 'operational', notices: [] },
      { component: 'inbox', names: names.inbox, environment: 'test', state: 'operational', notices: [] },
    ],
    active: [aNoticeView()],
    upcoming: [],
    recent: [],
    ...over,
  };
}
