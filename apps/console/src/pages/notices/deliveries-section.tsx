import type { NoticeDeliveryView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Link, noticePath } from '../../router';

/** Notice deliveries whose retries ran out: to whom, which entry, how often tried and why it failed; each can be sent again. */
export function DeliveriesSection({
  deliveries,
  busy,
  onRetry,
}: {
  deliveries: readonly NoticeDeliveryView[] | undefined;
  busy: boolean;
  onRetry: (delivery: NoticeDeliveryView) => void;
}) {
  const { t, formatNumber } = useI18n();
  const columns: Column<NoticeDeliveryView>[] = [
    { header: t('notices.deliveries.target'), cell: (d) => `${d.target} (${t(`notices.subscriptions.channels.${d.channel}`)})` },
    {
      header: t('notices.deliveries.notice'),
      cell: (d) => (
        <>
          <Link to={noticePath(d.noticeId)}>{d.noticeId}</Link> #{d.sequence}
        </>
      ),
    },
    { header: t('notices.deliveries.attempts'), cell: (d) => formatNumber(d.attempts), className: 'num' },
    { header: t('notices.deliveries.lastError'), cell: (d) => d.lastError ?? '–' },
    {
      header: <span className="visually-hidden">{t('notices.deliveries.retry')}</span>,
      cell: (d) => (
        <button type="button" className="secondary" disabled={busy} onClick={() => onRetry(d)}>
          {t('notices.deliveries.retry')}
          <span className="visually-hidden">
            {' '}
            {d.target} {d.noticeId}
          </span>
        </button>
      ),
    },
  ];
  return (
    <Section id="failed-notice-deliveries" title={t('notices.deliveries.title')}>
      <TableListing
        items={deliveries}
        empty={t('notices.deliveries.none')}
        columns={columns}
        rowKey={(d) => d.id}
        rowTestId={(d) => `notice-delivery-${d.id}`}
      />
    </Section>
  );
}
