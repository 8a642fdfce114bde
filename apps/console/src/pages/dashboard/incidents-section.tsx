import type { IncidentCountView } from '@inquiry-router/contracts/views';
import { Column, DataTable } from '../../components/data-table';
import { Listing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { textIn } from '../notices/notice-lifecycle';

/** Inquiries per incident, live: how many were linked and how many of them are still open. */
export function IncidentsSection({ incidents }: { incidents: readonly IncidentCountView[] }) {
  const { t, locale, formatNumber } = useI18n();
  const columns: Column<IncidentCountView>[] = [
    {
      header: t('notices.noticeTitle'),
      cell: (i) => (
        <>
          <Link to={`/notices/${encodeURIComponent(i.noticeId)}`}>{i.noticeId}</Link> {textIn(i.title, locale)}
        </>
      ),
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
      <Listing items={incidents} empty={t('notices.counts.none')}>
        {(all) => <DataTable columns={columns} rows={all} rowKey={(i) => i.noticeId} />}
      </Listing>
    </Section>
  );
}
