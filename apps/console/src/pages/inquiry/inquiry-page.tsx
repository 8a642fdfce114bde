import { useAction } from '../../api/use-action';
import { NotFoundPage, Notice, Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { AttachmentsSection } from './attachments-section';
import { CaseSection } from './case-section';
import { ConversationSection } from './conversation-section';
import { DecisionSection } from './decision-section';
import { EarlierContactsSection } from './earlier-contacts-section';
import { HistorySection } from './history-section';
import { IncidentLinks } from './incident-links';
import { InquiryActions } from './inquiry-actions';
import { MessageSection } from './message-section';
import { useInquiry } from './use-inquiry';

/** One inquiry: the message, its conversation, the inquirer's earlier contacts, attachments, the routing decision with its reasons, and the actions. */
export function InquiryPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { view, missing, cases, agencies, reload, act } = useInquiry(id);
  const action = useAction();
  const title = t('inquiry.title', { id });

  if (missing) {
    return <NotFoundPage title={title} text={t('inquiry.notFound')} back={<Link to="/work">{t('inquiry.back')}</Link>} />;
  }
  if (!view) return <Page title={title}>{null}</Page>;

  return (
    <Page title={title} actions={<Link to="/work">{t('inquiry.back')}</Link>}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <IncidentLinks links={view.incidents} />
      <div className="columns">
        <div className="column-main">
          <MessageSection view={view} />
          <ConversationSection id={id} thread={view.thread} />
          <EarlierContactsSection inquiryId={id} onChanged={reload} />
          <AttachmentsSection attachments={view.inquiry.attachments} />
          <HistorySection history={view.history} />
        </div>

        <div className="column-side">
          <DecisionSection decision={view.decision} />
          {/* keyed by the inquiry: an action form left open does not carry over to the next one */}
          <InquiryActions key={id} view={view} agencies={agencies} action={action} post={act} onDone={reload} />
          <CaseSection cases={cases} onChanged={reload} />
        </div>
      </div>
    </Page>
  );
}
