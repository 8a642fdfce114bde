import { useCallback } from 'react';
import { isNotFound } from '../../api/api-client';
import { useSession } from '../../api/session';
import type { AgencyInquiryView } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { Fact, Facts } from '../../components/facts';
import { NotFoundPage, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { DecisionSection } from '../inquiry/decision-section';
import { describeParty } from '../inquiry/message-section';

/**
 * An inquiry forwarded to the agency user's agency, as the agency sees it (`GET /api/agency/inquiries/:id`):
 * the message and why it was sent to them; any other inquiry does not exist for them (404).
 */
export function AgencyInquiryPage({ id }: { id: string }) {
  const { t, label, formatDateTime } = useI18n();
  const { api } = useSession();
  const inquiry = useResource(useCallback(() => api.get<AgencyInquiryView>(`/api/agency/inquiries/${encodeURIComponent(id)}`), [api, id]));
  const title = t('agencyInquiry.title', { id });
  const back = <Link to="/search">{t('agencyInquiry.back')}</Link>;
  const missing = isNotFound(inquiry.error);

  if (missing) {
    return <NotFoundPage title={title} text={t('agencyInquiry.notFound')} back={back} />;
  }
  const view = inquiry.data;
  if (!view) return <Page title={title}>{null}</Page>;
  const i = view.inquiry;
  return (
    <Page title={title} actions={back}>
      <div className="columns">
        <div className="column-main">
          <Section id="message" title={i.subject || t('inquiry.body')}>
            <Facts>
              <Fact term={t('inquiry.from')}>{describeParty(i.from)}</Fact>
              <Fact term={t('inquiry.channel')}>{label('channel', i.channel)}</Fact>
              <Fact term={t('inquiry.received')}>{formatDateTime(i.receivedAt)}</Fact>
              <Fact term={t('inquiry.status')} testId="inquiry-status">
                {label('status', view.status)}
              </Fact>
            </Facts>
            <div className="message-body">{i.body}</div>
          </Section>
        </div>
        <div className="column-side">
          <DecisionSection decision={view.decision} />
        </div>
      </div>
    </Page>
  );
}
