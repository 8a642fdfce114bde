import type { MenteeEscalationView } from '@inquiry-router/contracts/views';
import { Column, DataTable, TableScroll } from '../../components/data-table';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';
import { useMenteeEscalations } from './use-training';

/** For a mentor: what their trainees escalated to them, to open and answer or pass on to the second line. Shown only when there is some. */
export function MenteeEscalations() {
  const { t, label, formatDateTime } = useI18n();
  const { data: escalations } = useMenteeEscalations();
  if (!escalations || escalations.length === 0) return null;
  const columns: Column<MenteeEscalationView>[] = [
    {
      header: t('training.mentoring.inquiry'),
      cell: (e) => <Link to={inquiryPath(e.inquiryId)}>{e.inquiryId}</Link>,
    },
    { header: t('training.mentoring.trainee'), cell: (e) => e.trainee },
    { header: t('training.mentoring.category'), cell: (e) => label('category', e.category) },
    { header: t('training.mentoring.note'), cell: (e) => e.note },
    { header: t('training.mentoring.escalatedAt'), cell: (e) => <time dateTime={e.escalatedAt}>{formatDateTime(e.escalatedAt)}</time> },
  ];
  return (
    <Section id="mentee-escalations" title={t('training.mentoring.title')}>
      <TableScroll label={t('training.mentoring.title')}>
        <DataTable columns={columns} rows={escalations} rowKey={(e) => e.inquiryId} />
      </TableScroll>
    </Section>
  );
}
