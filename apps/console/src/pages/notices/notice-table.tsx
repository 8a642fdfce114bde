import type { NoticeComponentView, NoticeTextView, NoticeView } from '@inquiry-router/contracts/views';
import { textIn } from '@inquiry-router/contracts/notice-labels';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import type { Locale } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { Link, noticePath } from '../../router';

/** Component codes by their names in the reader's language (the code itself for one not listed). */
export function componentNames(codes: readonly string[], components: readonly NoticeComponentView[] | undefined, locale: Locale) {
  return codes.map((code) => textIn(components?.find((c) => c.code === code)?.names, locale) || code).join(', ');
}

/** A notice as lists name it: its id, linking to its page, and its title in the reader's language. */
export function NoticeTitle({ id, title }: { id: string; title: NoticeTextView }) {
  const { locale } = useI18n();
  return (
    <>
      <Link to={noticePath(id)}>{id}</Link> {textIn(title, locale)}
    </>
  );
}

/** One list of notices (in force, ahead or ended): each with its status, severity, what it touches and when. */
export function NoticeTable({
  id,
  title,
  empty,
  notices,
  components,
}: {
  id: string;
  title: string;
  empty: string;
  notices: readonly NoticeView[] | undefined;
  components: readonly NoticeComponentView[] | undefined;
}) {
  const { t, locale, formatDateTime } = useI18n();
  const columns: Column<NoticeView>[] = [
    {
      header: t('notices.noticeTitle'),
      cell: (n) => <NoticeTitle id={n.id} title={n.title} />,
    },
    { header: t('notices.kindLabel'), cell: (n) => t(`notices.kind.${n.kind}`) },
    { header: t('notices.statusLabel'), cell: (n) => t(`notices.status.${n.status}`), testId: (n) => `notice-status-${n.id}` },
    { header: t('notices.severityLabel'), cell: (n) => t(`notices.severity.${n.severity}`) },
    { header: t('notices.components'), cell: (n) => componentNames(n.components, components, locale) },
    { header: t('notices.environments'), cell: (n) => n.environments.map((e) => t(`notices.environment.${e}`)).join(', ') },
    { header: t('notices.startsAt'), cell: (n) => formatDateTime(n.startsAt) },
    { header: t('notices.expectedEndAt'), cell: (n) => formatDateTime(n.endedAt ?? n.expectedEndAt) },
  ];
  return (
    <Section id={id} title={title}>
      <TableListing items={notices} empty={empty} columns={columns} rowKey={(n) => n.id} rowTestId={(n) => `notice-${n.id}`} />
    </Section>
  );
}
