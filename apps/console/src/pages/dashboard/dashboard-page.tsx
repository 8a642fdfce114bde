import { useSession } from '../../api/session';
import { Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useLiveOverview, useNow } from '../../live/use-live-overview';
import { AdvisersSection } from './advisers-section';
import { AgenciesSection } from './agencies-section';
import { AtRiskSection } from './at-risk-section';
import { IncidentsSection } from './incidents-section';
import { QueueTable } from './queue-table';
import { TodaySection } from './today-section';
import { useFailedDeliveries } from './use-failed-deliveries';
import { SuggestionBanner } from '../notices/suggestions-section';
import { useOpenSuggestions } from '../notices/use-notices';

/** How often the dashboard asks for early warnings (they are assessed every few minutes). */
const SuggestionPollMs = 60_000;

/** The supervisors' overview, kept current by the workdesk's event stream. */
export function DashboardPage() {
  const { t, formatTime } = useI18n();
  const { session } = useSession();
  const { overview, state, receivedAt } = useLiveOverview(session?.token ?? null);
  const now = useNow(5000);
  const failed = useFailedDeliveries(overview?.agencies.failed);
  const { suggestions } = useOpenSuggestions(SuggestionPollMs);
  const stateText =
    state === 'live' ? t('dashboard.live') : state === 'connecting' ? t('dashboard.connecting') : t('dashboard.disconnected');

  return (
    <Page
      title={t('dashboard.title')}
      actions={
        <p className={`live-state live-${state}`} data-testid="live-state">
          <span aria-hidden="true" className="live-dot" /> <span role="status">{stateText}</span>
          {receivedAt ? ` · ${t('dashboard.updated', { time: formatTime(receivedAt.toISOString()) })}` : ''}
        </p>
      }
    >
      <SuggestionBanner suggestions={suggestions} />
      <QueueTable queues={overview?.queues ?? []} now={now} />

      <div className="columns">
        <div className="column-main">
          <AtRiskSection atRisk={overview?.atRisk ?? []} />
          <IncidentsSection incidents={overview?.incidents ?? []} />
          <TodaySection today={overview?.today} />
        </div>

        <div className="column-side">
          <AdvisersSection advisers={overview?.advisers ?? []} />
          <AgenciesSection agencies={overview?.agencies} failed={failed} now={now} />
        </div>
      </div>
    </Page>
  );
}
