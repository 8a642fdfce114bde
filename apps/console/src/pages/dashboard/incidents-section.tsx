import type { IncidentCountView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { NoticeTitle } from '../notices/notice-table';

/** Inquiries per incident, live: how many were linked and how many of them are still open. */
export function IncidentsSection({ incidents }: { incidents: readonly IncidentCountView[] }) {
  const { t, formatNumber } = useI18n();
  const columns: Column<IncidentCountView>[] = [
    {
      header: t('notices.noticeTitle'),
      cell: (i) => <NoticeTitle id={i.noticeId} title={i.title} />,
    },
    { header: t('notices.statusLabel'), cell: (i) => t(`notices.status.${i.status}`) },
    {
      header: t('notices.counts.linked'),
      cell: (i) => formatNumber(i.linked),
      className: 'num',
      testId: (i) => `incident-linked-${i.noticeId}`,
    },
    { header: t('notices.counts.open'), cell: (i) => formatNumber(i.open), className: 'num', testId: (i) => `incident-open-${i.noticeId}` },
  ];
  return (
    <Section id="incidents" title={t('notices.counts.title')}>
      <TableListing items={incidents} empty={t('notices.counts.none')} columns={columns} rowKey={(i) => i.noticeId} />
    </Section>
  );
}
