import { LiveQueueView } from '../../api/types';
import { Column, DataTable } from '../../components/data-table';
import { Section } from '../../components/page';
import { formatDuration, formatNumber, formatPercent } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

/** Per queue: waiting, reserved, in progress, longest wait, at risk, past due and today's service level. */
export function QueueTable({ queues, now }: { queues: LiveQueueView[]; now: number }) {
  const { m, locale } = useI18n();
  const count = (n: number) => formatNumber(n, locale);
  const columns: Column<LiveQueueView>[] = [
    { header: m.dashboard.queue, cell: (q) => label(m.queue, q.queue) },
    { header: m.dashboard.waiting, cell: (q) => count(q.waiting), className: 'num big', testId: (q) => `waiting-${q.queue}` },
    { header: m.dashboard.reserved, cell: (q) => count(q.reserved), className: 'num' },
    { header: m.dashboard.inProgress, cell: (q) => count(q.inProgress), className: 'num' },
    {
      header: m.dashboard.oldestWait,
      cell: (q) => (q.oldestReceivedAt ? formatDuration(now - Date.parse(q.oldestReceivedAt), locale) : m.dashboard.none),
      className: 'num',
    },
    { header: m.dashboard.atRisk, cell: (q) => count(q.atRisk), className: (q) => `num${q.atRisk > 0 ? ' warn' : ''}` },
    { header: m.dashboard.breached, cell: (q) => count(q.breached), className: (q) => `num${q.breached > 0 ? ' bad' : ''}` },
    {
      header: m.dashboard.serviceLevel,
      cell: (q) =>
        `${formatPercent(q.serviceLevel, locale)}${q.resolvedToday > 0 ? ` (${q.resolvedWithinTarget}/${q.resolvedToday})` : ''}`,
      className: 'num',
    },
  ];
  return (
    <Section id="queues" title={m.dashboard.queues}>
      <DataTable className="queues" columns={columns} rows={queues} rowKey={(q) => q.queue} rowTestId={(q) => `queue-row-${q.queue}`} />
    </Section>
  );
}
