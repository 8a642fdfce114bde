import type { EarlierContactView, InquirerLinkSuggestionView, InquirerMatchView, InquirerView } from '@inquiry-router/contracts/views';
import { mayKnowInquirer, mayManagePersonalData } from '../../api/access';
import { useSession } from '../../api/session';
import { useAction, type ActionRunner } from '../../api/use-action';
import { failureOf } from '../../api/use-resource';
import { Column, DataTable, TableScroll } from '../../components/data-table';
import { Notice, Section } from '../../components/page';
import { useTargetLabel } from '../../components/target-label';
import { useI18n, type I18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';
import { LinkTools, PersonalDataTools } from './inquirer-tools';
import { useInquirer, type InquirerActions } from './use-inquirer';

/** How the inquiry came to its person, in a sentence: by which keys, as new, or by whose hand. */
export function recognitionOf(match: InquirerMatchView | null, i18n: Pick<I18n, 't' | 'label' | 'formatList' | 'formatDateTime'>): string {
  const { t, label, formatList, formatDateTime } = i18n;
  if (!match) return t('inquirer.notRecognised');
  switch (match.by) {
    case 'keys':
      return t('inquirer.recognisedBy', { keys: formatList(match.keys.map((k) => label('inquirer.keys', k))) });
    case 'new':
      return t('inquirer.newPerson');
    case 'adviser':
      return t('inquirer.byAdviser', { action: match.action, actor: match.actor, at: formatDateTime(match.at) });
  }
}

/** Newest first, whatever order they came in. */
const newestFirst = (contacts: readonly EarlierContactView[]) => [...contacts].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));

/**
 * The inquirer's earlier contacts beside the inquiry at hand (advisers and supervisors; agency
 * users never see it): how the person was recognised, their other contacts newest first (each
 * with what it was, where it went and how it ended, and which keys it shares with this one),
 * quoted references to confirm or reject, merging and splitting; for supervisors the person's read
 * log and audit, the export and the erasure.
 */
export function EarlierContactsSection({ inquiryId, onChanged }: { inquiryId: string; onChanged: () => Promise<void> }) {
  const { session } = useSession();
  const allowed = mayKnowInquirer(session);
  const inquirer = useInquirer(inquiryId, allowed);
  const action = useAction();
  const { t } = useI18n();
  if (!allowed) return null;
  const view = inquirer.view;
  const failed = failureOf(inquirer.error);

  /** After a change to the person: this section and the inquiry itself load again. */
  const changed = async () => {
    await Promise.all([inquirer.reload(), onChanged()]);
  };

  return (
    <Section id="earlier-contacts" title={t('inquirer.title')}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      {!view && failed && <Notice kind="error">{t('inquirer.loadFailed', { message: failed })}</Notice>}
      {view && (
        <>
          <Recognition view={view} />
          <Suggestions view={view} inquirer={inquirer} action={action} onChanged={changed} />
          <Contacts contacts={view.contacts} />
          <LinkTools inquiryId={inquiryId} view={view} inquirer={inquirer} action={action} onChanged={changed} />
          {mayManagePersonalData(session) && view.inquirerId && (
            <PersonalDataTools inquiryId={inquiryId} inquirerId={view.inquirerId} inquirer={inquirer} action={action} onChanged={changed} />
          )}
        </>
      )}
    </Section>
  );
}

function Recognition({ view }: { view: InquirerView }) {
  const i18n = useI18n();
  return <p data-testid="inquirer-match">{recognitionOf(view.match, i18n)}</p>;
}

/** The person's other contacts as a table, each leading to its own inquiry page. */
function Contacts({ contacts }: { contacts: readonly EarlierContactView[] }) {
  const { t, label, formatDateTime, formatList } = useI18n();
  const targetLabel = useTargetLabel();
  if (contacts.length === 0) return <p>{t('inquirer.none')}</p>;
  const outcome = (c: EarlierContactView) => {
    switch (c.outcome) {
      case 'open':
        return t('inquirer.open', { status: label('status', c.status) });
      case 'resolved':
        return t('inquirer.resolved', { at: formatDateTime(c.endedAt) });
      case 'forwarded':
        return t('inquirer.forwarded', { at: formatDateTime(c.endedAt) });
    }
  };
  const columns: Column<EarlierContactView>[] = [
    {
      header: t('inquirer.contact'),
      cell: (c) => (
        <>
          <Link to={inquiryPath(c.inquiryId)}>{c.summary ?? c.inquiryId}</Link>
          {c.summary !== null && <span className="muted contact-id">{c.inquiryId}</span>}
        </>
      ),
    },
    { header: t('inquirer.channel'), cell: (c) => label('channel', c.channel) },
    { header: t('inquirer.received'), cell: (c) => <time dateTime={c.receivedAt}>{formatDateTime(c.receivedAt)}</time> },
    { header: t('inquirer.wentTo'), cell: (c) => targetLabel(c.target, c.category) },
    { header: t('inquirer.outcome'), cell: outcome },
    {
      header: t('inquirer.matchedBy'),
      cell: (c) => (c.matchedBy.length > 0 ? formatList(c.matchedBy.map((k) => label('inquirer.keys', k))) : t('inquirer.linkedOtherwise')),
    },
  ];
  return (
    <TableScroll label={t('inquirer.contacts')}>
      <DataTable
        caption={t('inquirer.contacts')}
        columns={columns}
        rows={newestFirst(contacts)}
        rowKey={(c) => c.inquiryId}
        rowTestId={(c) => `earlier-contact-${c.inquiryId}`}
      />
    </TableScroll>
  );
}

/** Our references the inquiry quotes that name another person's contact: linked only if an adviser confirms. */
function Suggestions({
  view,
  inquirer,
  action,
  onChanged,
}: {
  view: InquirerView;
  inquirer: InquirerActions;
  action: ActionRunner;
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const open = view.suggestions.filter((s) => s.status === 'open');
  if (open.length === 0) return null;
  const decide = async (s: InquirerLinkSuggestionView, decision: 'confirm' | 'reject') => {
    const done = await action.run(
      () => (decision === 'confirm' ? inquirer.confirm(s.id) : inquirer.reject(s.id)).then(() => true),
      t(decision === 'confirm' ? 'inquirer.confirmed' : 'inquirer.rejected', { reference: s.reference }),
    );
    if (done) await onChanged();
  };
  return (
    <>
      <h3 id="inquirer-suggestions-heading">{t('inquirer.suggestions')}</h3>
      <ul aria-labelledby="inquirer-suggestions-heading" className="suggestions">
        {open.map((s) => (
          <li key={s.id} data-testid={`inquirer-suggestion-${s.id}`}>
            <p>
              {t('inquirer.suggestion', { reference: s.reference })}{' '}
              <Link to={inquiryPath(s.referencedInquiryId)}>{s.referencedInquiryId}</Link>
            </p>
            <div className="action-buttons">
              <button type="button" disabled={action.busy} onClick={() => void decide(s, 'confirm')}>
                {t('inquirer.confirm', { reference: s.reference })}
              </button>
              <button type="button" className="secondary" disabled={action.busy} onClick={() => void decide(s, 'reject')}>
                {t('inquirer.reject', { reference: s.reference })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
