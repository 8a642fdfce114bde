import type { IncidentSuggestionView, NoticeComponentView, NoticeView } from '@inquiry-router/contracts/views';

/** The workdesk's answers the notices specs render. */
export const components: NoticeComponentView[] = [
  { code: 'login', names: { nb: 'Innlogging', nn: 'Innlogging', en: 'Login' }, categories: ['login'] },
  { code: 'inbox', names: { nb: 'Innboks og meldinger', en: 'Inbox and messages' }, categories: ['inbox'] },
];

export const incident: NoticeView = {
  id: 'DRIFT-00003',
  kind: 'incident',
  status: 'investigating',
  severity: 'major',
  title: { nb: 'Innlogging feiler', en: 'Login fails' },
  description: { nb: 'Mange får ikke logget inn.', en: 'Many cannot log in.' },
  components: ['login'],
  environments: ['production'],
  audiences: ['end-users'],
  keywords: ['bankid'],
  startsAt: '2026-01-04T08:00:00.000Z',
  expectedEndAt: null,
  endedAt: null,
  createdBy: 'operator',
  createdAt: '2026-01-04T08:01:00.000Z',
  updatedAt: '2026-01-04T08:01:00.000Z',
  version: 1,
  updates: [
    {
      sequence: 1,
      status: 'investigating',
      message: { nb: 'Vi undersøker.', en: 'We are investigating.' },
      changed: [],
      changedBy: 'operator',
      changedAt: '2026-01-04T08:01:00.000Z',
    },
  ],
};

export const suggestion: IncidentSuggestionView = {
  id: 's-1',
  category: 'login',
  windowStart: '2026-01-04T08:00:00.000Z',
  windowEnd: '2026-01-04T08:30:00.000Z',
  observed: 42,
  expected: 3.2,
  ratio: 13.1,
  examples: ['Får ikke logget inn med BankID, fnr ***********', 'Innlogging henger'],
  status: 'open',
  noticeId: null,
  createdAt: '2026-01-04T08:31:00.000Z',
  decidedBy: null,
  decidedAt: null,
};
