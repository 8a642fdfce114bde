import { useMemo, useState } from 'react';
import type { IncidentSuggestionView, NoticeComponentView, NoticeView } from '@inquiry-router/contracts/views';
import { useAction } from '../../api/use-action';
import { Notice, Page } from '../../components/page';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { noticePath, useRouter } from '../../router';
import { DeliveriesSection } from './deliveries-section';
import { NoticeTable } from './notice-table';
import { RegisterForm, type RegisterPrefill } from './register-form';
import { SubscriptionsSection } from './subscriptions-section';
import { SuggestionsSection } from './suggestions-section';
import {
  useFailedNoticeDeliveries,
  useNoticeComponents,
  useNotices,
  useOpenSuggestions,
  useSubscriptions,
  type NoticeState,
} from './use-notices';

/** The lists of notices, in the order the page shows them: in force, ahead, ended. */
const NoticeLists = [
  { state: 'active', title: 'notices.active', empty: 'notices.noneActive' },
  { state: 'upcoming', title: 'notices.upcoming', empty: 'notices.noneUpcoming' },
  { state: 'ended', title: 'notices.ended', empty: 'notices.noneEnded' },
] as const satisfies readonly { state: NoticeState; title: MessageKey; empty: MessageKey }[];

/** What registering from an early warning starts with: an incident on the component the category belongs to, from the window's start. */
export function prefillFrom(
  suggestion: IncidentSuggestionView,
  components: readonly NoticeComponentView[] | undefined,
  note: string,
): RegisterPrefill {
  const component = components?.find((c) => c.categories.includes(suggestion.category));
  return { kind: 'incident', components: component ? [component.code] : [], startsAt: suggestion.windowStart, note };
}

/**
 * Operational notices (operators, supervisors, admins): early warnings to act on, the notices in
 * force, ahead and ended, registering one, and the subscribers and failed deliveries.
 */
export function NoticesPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const notices = useNotices();
  const components = useNoticeComponents();
  const warnings = useOpenSuggestions();
  const subscriptions = useSubscriptions();
  const deliveries = useFailedNoticeDeliveries();
  const action = useAction();
  const [fromSuggestion, setFromSuggestion] = useState<IncidentSuggestionView | null>(null);

  const prefill = useMemo(
    () =>
      fromSuggestion
        ? prefillFrom(fromSuggestion, components, t('notices.register.fromSuggestion', { category: fromSuggestion.category }))
        : undefined,
    [fromSuggestion, components, t],
  );

  // A notice registered from an early warning confirms it; then the notice opens, for its updates.
  const onRegistered = async (notice: NoticeView) => {
    if (fromSuggestion) {
      const confirmed = await action.run(
        () => warnings.confirm(fromSuggestion.id, notice.id).then(() => true),
        t('notices.suggestions.confirmed', { id: notice.id }),
      );
      setFromSuggestion(null);
      await warnings.reload();
      if (!confirmed) {
        await notices.reload();
        return;
      }
    }
    navigate(noticePath(notice.id));
  };

  const onDismiss = async (s: IncidentSuggestionView) => {
    const done = await action.run(() => warnings.dismiss(s.id).then(() => true), t('notices.suggestions.dismissed'));
    if (done) await warnings.reload();
  };

  const onRetry = async (id: string) => {
    const done = await action.run(() => deliveries.retry(id).then(() => true), t('notices.deliveries.retried'));
    if (done) await deliveries.reload();
  };

  return (
    <Page title={t('notices.title')}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <SuggestionsSection
        suggestions={warnings.suggestions}
        busy={action.busy}
        onRegister={setFromSuggestion}
        onDismiss={(s) => void onDismiss(s)}
      />
      {NoticeLists.map(({ state, title, empty }) => (
        <NoticeTable
          key={state}
          id={`notices-${state}`}
          title={t(title)}
          empty={t(empty)}
          notices={notices[state]}
          components={components}
        />
      ))}
      {/* keyed by the warning it came from: a new warning starts a fresh form */}
      <RegisterForm
        key={fromSuggestion?.id ?? 'new'}
        components={components}
        prefill={prefill}
        onRegister={notices.register}
        onRegistered={onRegistered}
      />
      <SubscriptionsSection
        subscriptions={subscriptions.subscriptions}
        components={components}
        onAdd={async (s) => {
          const created = await subscriptions.add(s);
          await subscriptions.reload();
          return created;
        }}
        onEnd={async (s) => {
          await subscriptions.end(s.id);
          await subscriptions.reload();
        }}
      />
      <DeliveriesSection deliveries={deliveries.deliveries} busy={action.busy} onRetry={(d) => void onRetry(d.id)} />
    </Page>
  );
}
