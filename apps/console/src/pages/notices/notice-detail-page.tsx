import { textIn } from '@inquiry-router/contracts/notice-labels';
import { useSession } from '../../api/session';
import { mayResolve } from '../../api/access';
import { Fact, Facts } from '../../components/facts';
import { NotFoundPage, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { LinkedInquiriesSection } from './linked-inquiries-section';
import { componentNames } from './notice-table';
import { ResolutionSection } from './resolution-section';
import { UpdateForm } from './update-form';
import { useLinkedInquiries, useNotice, useNoticeComponents, useResolution } from './use-notices';

/** One notice: what it says and touches, its history, an update; for an incident its linked inquiries and, once resolved, answering them all. */
export function NoticeDetailPage({ id }: { id: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const { session } = useSession();
  const { notice, missing, reload, update } = useNotice(id);
  const components = useNoticeComponents();
  const incident = notice?.kind === 'incident';
  const linked = useLinkedInquiries(id);
  const resolvable = incident && notice?.status === 'resolved' && mayResolve(session);
  const { resolution, reload: reloadResolution, start } = useResolution(id, resolvable);
  const title = t('notices.detail.title', { id });
  const back = <Link to="/notices">{t('notices.detail.back')}</Link>;

  if (missing) {
    return <NotFoundPage title={title} text={t('notices.detail.notFound')} back={back} />;
  }
  if (!notice) return <Page title={title}>{null}</Page>;

  return (
    <Page title={title} actions={back}>
      <div className="columns">
        <div className="column-main">
          <Section id="notice" title={textIn(notice.title, locale)}>
            <Facts>
              <Fact term={t('notices.kindLabel')}>{t(`notices.kind.${notice.kind}`)}</Fact>
              <Fact term={t('notices.statusLabel')} testId="notice-status">
                {t(`notices.status.${notice.status}`)}
              </Fact>
              <Fact term={t('notices.severityLabel')}>{t(`notices.severity.${notice.severity}`)}</Fact>
              <Fact term={t('notices.components')}>{componentNames(notice.components, components, locale)}</Fact>
              <Fact term={t('notices.environments')}>{notice.environments.map((e) => t(`notices.environment.${e}`)).join(', ')}</Fact>
              <Fact term={t('notices.audiences')}>{notice.audiences.map((a) => t(`notices.audience.${a}`)).join(', ')}</Fact>
              <Fact term={t('notices.startsAt')}>{formatDateTime(notice.startsAt)}</Fact>
              <Fact term={t('notices.expectedEndAt')}>{formatDateTime(notice.expectedEndAt)}</Fact>
              {notice.endedAt && <Fact term={t('notices.endedAt')}>{formatDateTime(notice.endedAt)}</Fact>}
              {notice.keywords.length > 0 && <Fact term={t('notices.keywords')}>{notice.keywords.join(', ')}</Fact>}
              <Fact term={t('notices.createdBy')}>{notice.createdBy}</Fact>
            </Facts>
            <h3>{t('notices.description')}</h3>
            <p className="message-body">{textIn(notice.description, locale)}</p>
          </Section>
          <Section id="notice-history" title={t('notices.detail.history')}>
            <ol className="history">
              {notice.updates.map((u) => (
                <li key={u.sequence}>
                  <time dateTime={u.changedAt}>{formatDateTime(u.changedAt)}</time> <strong>{t(`notices.status.${u.status}`)}</strong> –{' '}
                  {u.changedBy}: {textIn(u.message, locale)}
                  {u.changed.length > 0 && <span className="hint"> ({t('notices.detail.changed', { fields: u.changed.join(', ') })})</span>}
                </li>
              ))}
            </ol>
          </Section>
          {incident && <LinkedInquiriesSection inquiries={linked.data} />}
        </div>
        <div className="column-side">
          <UpdateForm
            notice={notice}
            onUpdate={async (u) => {
              const updated = await update(u);
              await reload();
              return updated;
            }}
          />
          {resolvable && (
            <ResolutionSection
              notice={notice}
              resolution={resolution}
              onStart={start}
              onStarted={async () => {
                await Promise.all([reloadResolution(), linked.reload()]);
              }}
            />
          )}
        </div>
      </div>
    </Page>
  );
}
