import type { SatisfactionFiguresView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** One dimension's figures as a table: each group's satisfaction and waiting time. */
export function FiguresTable({
  id,
  title,
  rows,
  groupHeader,
  groupName,
}: {
  id: string;
  title: string;
  rows: SatisfactionFiguresView[] | undefined;
  groupHeader: string;
  groupName: (key: string | null) => string;
}) {
  const { t, formatNumber, formatPercent, formatDuration } = useI18n();
  const score = (s: number | null) => (s === null ? '–' : formatNumber(s));
  const wait = (seconds: number | null) => (seconds === null ? '–' : formatDuration(seconds * 1000));
  const columns: Column<SatisfactionFiguresView>[] = [
    { header: groupHeader, cell: (r) => groupName(r.key) },
    { header: t('satisfaction.resolved'), cell: (r) => formatNumber(r.resolved), className: 'number' },
    { header: t('satisfaction.surveysSent'), cell: (r) => formatNumber(r.surveysSent), className: 'number' },
    { header: t('satisfaction.answers'), cell: (r) => formatNumber(r.answers), className: 'number' },
    { header: t('satisfaction.averageScore'), cell: (r) => score(r.averageScore), className: 'number' },
    { header: t('satisfaction.responseRate'), cell: (r) => formatPercent(r.responseRate), className: 'number' },
    { header: t('satisfaction.medianWait'), cell: (r) => wait(r.medianWaitSeconds), className: 'number' },
    { header: t('satisfaction.averageWait'), cell: (r) => wait(r.averageWaitSeconds), className: 'number' },
  ];
  return (
    <Section id={id} title={title}>
      <TableListing
        items={rows}
        empty={t('satisfaction.noneResolved')}
        columns={columns}
        rowKey={(r) => r.key ?? ''}
        rowTestId={(r) => `${id}-${r.key ?? 'none'}`}
      />
    </Section>
  );
}
