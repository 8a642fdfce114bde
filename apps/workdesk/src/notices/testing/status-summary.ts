import type { NoticeView, StatusSummaryView } from '@inquiry-router/contracts';
import { aNotice } from '@inquiry-router/notices/testing';
import type { NoticeRecord } from '@inquiry-router/persistence';
import { toNoticeView } from '../notices.views';

/**
 * A notice as the status page receives it: the login incident (libs/notices' `aNotice`) identified,
 * with its registration and one update, through the workdesk's own view mapper.
 */
export function aNoticeView(over: Partial<NoticeView> = {}): NoticeView {
  const record: NoticeRecord = {
    ...aNotice({
      status: 'identified',
      description: { nb: 'Vi undersøker feil ved innlogging.' },
      expectedEndAt: new Date('2026-12-07T12:00:00Z'),
    }),
    createdBy: 'operator',
    createdAt: new Date('2026-12-07T08:05:00Z'),
    updatedAt: new Date('2026-12-07T09:00:00Z'),
    version: 2,
    updates: [
      {
        sequence: 1,
        status: 'investigating',
        message: { nb: 'Vi undersøker feil ved innlogging.' },
        changed: [],
        changedBy: 'operator',
        changedAt: new Date('2026-12-07T08:05:00Z'),
      },
      {
        sequence: 2,
        status: 'identified',
        message: { nb: 'Feilen er hos BankID.', nn: 'Feilen er hjå BankID.', en: 'The fault is with BankID.' },
        changed: ['expectedEndAt'],
        changedBy: 'operator',
        changedAt: new Date('2026-12-07T09:00:00Z'),
      },
    ],
  };
  return { ...toNoticeView(record), ...over };
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
