import { LiveQueueView } from '../../api/types';
import { Column, DataTable } from '../../components/data-table';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Per queue: waiting, reserved, in progress, longest wait, at risk, past due and today's service level. */
export function QueueTable({ queues, now }: { queues: LiveQueueView[]; now: number }) {
  const { t, label, formatNumber: count, formatPercent, formatDuration } = useI18n();
  const columns: Column<LiveQueueView>[] = [
    { header: t('dashboard.queue'), cell: (q) => label('queue', q.queue) },
    { header: t('dashboard.waiting'), cell: (q) => count(q.waiting), className: 'num big', testId: (q) => `waiting-${q.queue}` },
    { header: t('dashboard.reserved'), cell: (q) => count(q.reserved), className: 'num' },
    { header: t('dashboard.inProgress'), cell: (q) => count(q.inProgress), className: 'num' },
    {
      header: t('dashboard.oldestWait'),
      cell: (q) => (q.oldestReceivedAt ? formatDuration(now - Date.parse(q.oldestReceivedAt)) : t('dashboard.none')),
      className: 'num',
    },
    { header: t('dashboard.atRisk'), cell: (q) => count(q.atRisk), className: (q) => `num${q.atRisk > 0 ? ' warn' : ''}` },
    { header: t('dashboard.breached'), cell: (q) => count(q.breached), className: (q) => `num${q.breached > 0 ? ' bad' : ''}` },
    {
      header: t('dashboard.serviceLevel'),
      cell: (q) => `${formatPercent(q.serviceLevel)}${q.resolvedToday > 0 ? ` (${q.resolvedWithinTarget}/${q.resolvedToday})` : ''}`,
      className: 'num',
    },
  ];
  return (
    <Section id="queues" title={t('dashboard.queues')}>
      <DataTable className="queues" columns={columns} rows={queues} rowKey={(q) => q.queue} rowTestId={(q) => `queue-row-${q.queue}`} />
    </Section>
  );
}
