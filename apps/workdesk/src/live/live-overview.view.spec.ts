import { toLiveOverview } from './live-overview.view';
import { startOfOsloDay } from './read-live-overview.use-case';

describe('toLiveOverview', () => {
  const since = new Date('2026-12-01T23:00:00Z');

  it('lists every queue, with the service level of what was resolved today', () => {
    const overview = toLiveOverview(
      {
        queues: [
          {
            queue: 'second-line',
            waiting: 2,
            reserved: 1,
            inProgress: 0,
            oldestReceivedAt: new Date('2026-12-02T08:00:00Z'),
            atRisk: 1,
            breached: 0,
            resolvedToday: 4,
            resolvedWithinTarget: 3,
          },
        ],
        atRisk: [],
        volume: [
          { channel: 'email', target: 'first-line', category: 'login', agency: null, count: 3 },
          { channel: 'phone', target: 'agency:skd', category: null, agency: 'skd', count: 2 },
          { channel: 'email', target: null, category: null, agency: null, count: 1 },
        ],
        agencies: { awaitingAcknowledgement: 1, failed: 0, oldestAwaiting: [] },
      },
      [],
      since,
    );
    expect(overview.queues.map((q) => q.queue)).toEqual(['first-line', 'second-line', 'servicedesk']);
    expect(overview.queues[0]).toMatchObject({ waiting: 0, serviceLevel: null, oldestReceivedAt: null });
    expect(overview.queues[1]).toMatchObject({ waiting: 2, serviceLevel: 0.75, oldestReceivedAt: '2026-12-02T08:00:00.000Z' });
    expect(overview.today).toEqual({
      total: 6,
      byChannel: { email: 4, phone: 2 },
      byTarget: { 'first-line': 3, agency: 2, undecided: 1 },
      byCategory: { login: 3 },
      byAgency: { skd: 2 },
    });
  });
});

describe('startOfOsloDay', () => {
  it('is midnight in Oslo, winter and summer', () => {
    expect(startOfOsloDay(new Date('2026-12-02T10:00:00Z')).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(startOfOsloDay(new Date('2026-06-30T22:30:00Z')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });
});
