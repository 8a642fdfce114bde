import type { InquirerAuditEntryView, PersonalDataReadView } from '@inquiry-router/contracts/views';
import { failureOf } from '../../api/use-resource';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Notice, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link, useRouter } from '../../router';
import { useInquirerLog } from './use-inquirer-log';

/** An audit entry's details in a line: its note first, then the rest as `name: value`. */
export function detailsText(details: Record<string, unknown>): string {
  const { note, ...rest } = details;
  const parts = Object.entries(rest).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [...(typeof note === 'string' && note ? [note] : []), ...parts].join('; ') || '–';
}

/**
 * A person's read log and audit, for supervisors: every read of their personal data (who, when,
 * which inquiry, through what), and every merge, split, link, export and erasure. Opened from an
 * inquiry (`?inquiry=`), it leads back there.
 */
export function InquirerLogPage({ inquirerId }: { inquirerId: string }) {
  const { t, label, formatDateTime } = useI18n();
  const { search } = useRouter();
  const { reads, audit, error } = useInquirerLog(inquirerId);
  const from = new URLSearchParams(search).get('inquiry');
  const inquiryLink = (id: string | null) => (id ? <Link to={inquiryPath(id)}>{id}</Link> : '–');
  const when = (at: string) => <time dateTime={at}>{formatDateTime(at)}</time>;

  const readColumns: Column<PersonalDataReadView>[] = [
    { header: t('inquirerLog.at'), cell: (r) => when(r.at) },
    { header: t('inquirerLog.actor'), cell: (r) => r.actor },
    { header: t('inquirerLog.roles'), cell: (r) => r.roles.join(', ') },
    { header: t('inquirerLog.inquiry'), cell: (r) => inquiryLink(r.inquiryId) },
    { header: t('inquirerLog.via'), cell: (r) => label('inquirerLog.viaNames', r.via) },
  ];
  const auditColumns: Column<InquirerAuditEntryView>[] = [
    { header: t('inquirerLog.at'), cell: (a) => when(a.at) },
    { header: t('inquirerLog.actor'), cell: (a) => a.actor },
    { header: t('inquirerLog.action'), cell: (a) => label('inquirerLog.actions', a.action) },
    { header: t('inquirerLog.inquiry'), cell: (a) => inquiryLink(a.inquiryId) },
    { header: t('inquirerLog.details'), cell: (a) => detailsText(a.details) },
  ];
  const failed = failureOf(error);

  return (
    <Page title={t('inquirerLog.title')} actions={from ? <Link to={inquiryPath(from)}>{t('inquirerLog.back')}</Link> : undefined}>
      <p className="muted">{t('inquirerLog.person', { id: inquirerId })}</p>
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      <Section id="inquirer-reads" title={t('inquirerLog.reads')}>
        <TableListing items={reads} empty={t('inquirerLog.noReads')} columns={readColumns} rowKey={(_, index) => String(index)} />
      </Section>
      <Section id="inquirer-audit" title={t('inquirerLog.audit')}>
        <TableListing items={audit} empty={t('inquirerLog.noAudit')} columns={auditColumns} rowKey={(_, index) => String(index)} />
      </Section>
    </Page>
  );
}
