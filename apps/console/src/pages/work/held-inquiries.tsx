import { HeldInquiry } from '../../api/types';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';
import { IncidentBadge } from '../inquiry/incident-links';

/** What the adviser holds; a reservation can be accepted from here. */
export function HeldInquiries({ held, onAccept }: { held: HeldInquiry[] | undefined; onAccept: (id: string) => void }) {
  const { t, label, formatDateTime } = useI18n();
  const columns: Column<HeldInquiry>[] = [
    {
      header: t('work.subject'),
      cell: (h) => (
        <>
          <Link to={inquiryPath(h.id)}>{h.subject || h.id}</Link> <IncidentBadge incident={h.incident} />
        </>
      ),
    },
    { header: t('inquiry.channel'), cell: (h) => label('channel', h.channel) },
    { header: t('queue.label'), cell: (h) => label('queue', h.queue) },
    {
      header: t('inquiry.status'),
      cell: (h) =>
        h.status === 'reserved' ? (
          <>
            {t('work.reservedUntil', { time: formatDateTime(h.reservedUntil) })}{' '}
            <button type="button" className="secondary" onClick={() => onAccept(h.id)}>
              {t('work.accept')}
              <span className="visually-hidden"> {h.subject || h.id}</span>
            </button>
          </>
        ) : (
          label('status', h.status)
        ),
    },
    { header: t('work.received'), cell: (h) => formatDateTime(h.receivedAt) },
    { header: t('work.due'), cell: (h) => formatDateTime(h.dueAt) },
  ];
  return (
    <Section id="mine" title={t('work.mine')}>
      <TableListing items={held} empty={t('work.mineEmpty')} columns={columns} rowKey={(h) => h.id} />
    </Section>
  );
}
