import type { LinkedInquiryView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';

/** The inquiries linked to an incident: when, and whether they have been answered (why: on each inquiry's page). */
export function LinkedInquiriesSection({ inquiries }: { inquiries: readonly LinkedInquiryView[] | undefined }) {
  const { t, label, formatDateTime } = useI18n();
  const columns: Column<LinkedInquiryView>[] = [
    {
      header: t('notices.linked.inquiry'),
      cell: (i) => <Link to={inquiryPath(i.inquiryId)}>{i.inquiryId}</Link>,
    },
    { header: t('inquiry.channel'), cell: (i) => label('channel', i.channel) },
    { header: t('inquiry.status'), cell: (i) => label('status', i.status) },
    { header: t('notices.linked.linkedAt'), cell: (i) => formatDateTime(i.linkedAt) },
    { header: t('notices.linked.answeredAt'), cell: (i) => formatDateTime(i.answeredAt) },
  ];
  return (
    <Section id="linked-inquiries" title={t('notices.linked.title')}>
      <TableListing items={inquiries} empty={t('notices.linked.none')} columns={columns} rowKey={(i) => i.inquiryId} />
    </Section>
  );
}
