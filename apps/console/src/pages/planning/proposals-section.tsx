import type { ExtendedHoursProposalView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/**
 * The proposals of extended opening hours: when, why, the deadline behind it and the contacts normal
 * hours cannot take. Accepting asks first (it orders the hours); each decided one shows its status.
 */
export function ProposalsSection({
  proposals,
  busy,
  onDecide,
}: {
  proposals: readonly ExtendedHoursProposalView[] | undefined;
  busy: boolean;
  onDecide: (proposal: ExtendedHoursProposalView, decision: 'accept' | 'dismiss') => void;
}) {
  const { t, formatDate } = useI18n();
  const accept = (p: ExtendedHoursProposalView) => {
    if (window.confirm(t('planning.confirmAccept', { date: formatDate(p.date), opens: p.opens, closes: p.closes }))) onDecide(p, 'accept');
  };
  const columns: Column<ExtendedHoursProposalView>[] = [
    { header: t('planning.date'), cell: (p) => formatDate(p.date) },
    { header: t('planning.hours'), cell: (p) => `${p.opens}–${p.closes}` },
    { header: t('planning.reason'), cell: (p) => p.reason },
    { header: t('planning.deadline'), cell: (p) => (p.deadline ? `${p.deadline.name} (${formatDate(p.deadline.date)})` : '–') },
    {
      header: t('planning.beyond'),
      cell: (p) => t('planning.beyondCount', { count: Math.round(p.contactsBeyondNormalHours) }),
    },
    { header: t('planning.status'), cell: (p) => t(`planning.proposalStatus.${p.status}`), testId: (p) => `proposal-status-${p.id}` },
    {
      header: <span className="visually-hidden">{t('planning.accept')}</span>,
      cell: (p) =>
        p.status === 'proposed' ? (
          <span className="row-buttons">
            <button type="button" className="primary" disabled={busy} onClick={() => accept(p)}>
              {t('planning.accept')}
              <span className="visually-hidden"> {formatDate(p.date)}</span>
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => onDecide(p, 'dismiss')}>
              {t('planning.dismiss')}
              <span className="visually-hidden"> {formatDate(p.date)}</span>
            </button>
          </span>
        ) : null,
    },
  ];
  return (
    <Section id="proposals" title={t('planning.proposals')}>
      <TableListing
        items={proposals}
        empty={t('planning.noProposals')}
        columns={columns}
        rowKey={(p) => p.id}
        rowTestId={(p) => `proposal-${p.id}`}
      />
    </Section>
  );
}
