import type { SurveyCommentView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';

/** What inquirers wrote with their score, newest first, personal data masked by the server. */
export function CommentsSection({ comments }: { comments: SurveyCommentView[] | undefined }) {
  const { t, label, formatDateTime } = useI18n();
  const columns: Column<SurveyCommentView>[] = [
    { header: t('satisfaction.answeredAt'), cell: (c) => <time dateTime={c.answeredAt}>{formatDateTime(c.answeredAt)}</time> },
    { header: t('satisfaction.score'), cell: (c) => c.score, className: 'number' },
    { header: t('satisfaction.comment'), cell: (c) => c.comment },
    { header: t('dashboard.queue'), cell: (c) => label('queue', c.queue) },
    { header: t('satisfaction.inquiry'), cell: (c) => <Link to={inquiryPath(c.inquiryId)}>{c.inquiryId}</Link> },
  ];
  return (
    <Section id="satisfaction-comments" title={t('satisfaction.comments')}>
      <p className="muted">{t('satisfaction.commentsMasked')}</p>
      <TableListing items={comments} empty={t('satisfaction.noComments')} columns={columns} rowKey={(c) => `${c.inquiryId}`} />
    </Section>
  );
}
