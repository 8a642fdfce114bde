import { type IncidentCountView, isAgencyTarget, type LiveOverview } from '@inquiry-router/contracts';
import type { AdviserWithLoad, LiveOverviewRows } from '@inquiry-router/persistence';

const QueueOrder = ['first-line', 'second-line', 'servicedesk'];

function add(counts: Record<string, number>, key: string | null, n: number): void {
  if (key === null) return;
  counts[key] = (counts[key] ?? 0) + n;
}

export function toLiveOverview(
  rows: LiveOverviewRows,
  advisers: AdviserWithLoad[],
  since: Date,
  incidents: IncidentCountView[] = [],
): LiveOverview {
  const queues = new Map(rows.queues.map((q) => [q.queue, q]));
  const names = [...new Set([...QueueOrder, ...queues.keys()])];
  const today: LiveOverview['today'] = { total: 0, byChannel: {}, byTarget: {}, byCategory: {}, byAgency: {} };
  for (const v of rows.volume) {
    today.total += v.count;
    add(today.byChannel, v.channel, v.count);
    add(today.byTarget, v.target === null ? 'undecided' : isAgencyTarget(v.target) ? 'agency' : v.target, v.count);
    add(today.byCategory, v.category, v.count);
    add(today.byAgency, v.agency, v.count);
  }
  return {
    since: since.toISOString(),
    queues: names.map((name) => {
      const q = queues.get(name);
      return {
        queue: name,
        waiting: q?.waiting ?? 0,
        reserved: q?.reserved ?? 0,
        inProgress: q?.inProgress ?? 0,
        oldestReceivedAt: q?.oldestReceivedAt?.toISOString() ?? null,
        atRisk: q?.atRisk ?? 0,
        breached: q?.breached ?? 0,
        resolvedToday: q?.resolvedToday ?? 0,
        resolvedWithinTarget: q?.resolvedWithinTarget ?? 0,
        serviceLevel: q && q.resolvedToday > 0 ? q.resolvedWithinTarget / q.resolvedToday : null,
      };
    }),
    atRisk: rows.atRisk.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString(), dueAt: r.dueAt.toISOString() })),
    advisers: advisers.map((a) => ({
      username: a.username,
      presence: a.presence,
      lastSeenAt: a.lastSeenAt?.toISOString() ?? null,
      lines: a.lines,
      capacity: a.capacity,
      load: a.load,
      reserved: a.reserved,
      accepted: a.accepted,
    })),
    today,
    agencies: {
      awaitingAcknowledgement: rows.agencies.awaitingAcknowledgement,
      failed: rows.agencies.failed,
      oldestAwaiting: rows.agencies.oldestAwaiting.map((a) => ({ ...a, forwardedAt: a.forwardedAt.toISOString() })),
    },
    incidents,
  };
}
