import { useMemo, useState } from 'react';
import type { ExtendedHoursProposalView, FilingDeadlineView, NewFilingDeadline } from '@inquiry-router/contracts/views';
import { useAction } from '../../api/use-action';
import { Notice, Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { ContactsChart } from './contacts-chart';
import { DeadlinesSection } from './deadlines-section';
import { IntervalDetail } from './interval-detail';
import { isValidSpan, nextDays, QuickSpans, type PlanningSpan } from './planning-span';
import { contactPoints, intervalsAt, type ChannelChoice } from './planning-series';
import { ProposalsSection } from './proposals-section';
import { RosterSection } from './roster-section';
import { SimulationSection } from './simulation-section';
import { SpanChooser } from './span-chooser';
import { StaffingChart } from './staffing-chart';
import { StaffingTable } from './staffing-table';
import { usePlanningOverview, useProposals, useRoster, useSimulation } from './use-planning';
import { useFilingDeadlines } from './use-deadlines';

/** Workforce planning (supervisors): contacts forecast and staffing over a span, a half-hour explained, proposals of extended hours, a day simulated. */
export function PlanningPage() {
  const { t, formatDate, formatPercent } = useI18n();
  const [span, setSpan] = useState<PlanningSpan>(() => nextDays(QuickSpans.twoWeeks));
  const [channel, setChannel] = useState<ChannelChoice>('all');
  const [picked, setPicked] = useState<string | null>(null);
  const [simulationDate, setSimulationDate] = useState<string | null>(null);
  const overview = usePlanningOverview(span);
  const roster = useRoster(span);
  const { proposals, loaded, reload: reloadProposals, decide } = useProposals();
  const action = useAction();
  const calendar = useFilingDeadlines(span.from, span.to);
  const data = overview.data;

  const slots = useMemo(() => (data ? contactPoints(data.forecast, 'all') : []), [data]);
  const dates = useMemo(() => [...new Set(slots.map((s) => s.date))], [slots]);
  const day = simulationDate && dates.includes(simulationDate) ? simulationDate : (dates[0] ?? null);
  const simulation = useSimulation(day);

  const onDecide = async (p: ExtendedHoursProposalView, decision: 'accept' | 'dismiss') => {
    const done = await action.run(
      () => decide(p.id, decision).then(() => true),
      decision === 'accept' ? t('planning.accepted') : t('planning.dismissed'),
    );
    if (done) await Promise.all([reloadProposals(), overview.reload()]);
  };

  // A changed calendar changes the forecast: both are read again.
  const onAddDeadline = async (deadline: NewFilingDeadline) => {
    const added = await action.run(() => calendar.add(deadline), t('planning.deadlineAdded', { name: deadline.name }));
    if (added) await Promise.all([calendar.reload(), overview.reload()]);
    return added !== undefined;
  };
  const onSetActive = async (deadline: FilingDeadlineView, active: boolean) => {
    const changed = await action.run(() => calendar.setActive(deadline.id, active), t('planning.deadlineChanged', { name: deadline.name }));
    if (changed) await Promise.all([calendar.reload(), overview.reload()]);
  };

  return (
    <Page title={t('planning.title')}>
      <SpanChooser span={span} channel={channel} onSpan={setSpan} onChannel={setChannel} />
      {!isValidSpan(span) && <Notice kind="error">{t('planning.invalidSpan')}</Notice>}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      {overview.error !== null && isValidSpan(span) && (
        <Notice kind="error">{t('errors.generic', { message: overview.error instanceof Error ? overview.error.message : '' })}</Notice>
      )}
      {data && (
        <>
          <p className="panel planning-basis">
            {data.history.from && data.history.to
              ? t('planning.history', { from: formatDate(data.history.from), to: formatDate(data.history.to) })
              : t('planning.noHistory')}{' '}
            {data.history.generated && t('planning.historyGenerated')} {t('planning.shrinkage', { percent: formatPercent(data.shrinkage) })}
          </p>
          <section className="panel" aria-labelledby="planning-charts-heading">
            <h2 id="planning-charts-heading" className="visually-hidden">
              {t('planning.span')}
            </h2>
            <ContactsChart forecast={data.forecast} deadlines={data.deadlines} channel={channel} onPick={setPicked} />
            <StaffingChart staffing={data.staffing} onPick={setPicked} />
          </section>
          <div className="columns">
            <div className="column-main">
              <IntervalDetail
                slots={slots}
                start={picked}
                intervals={picked ? intervalsAt(data, picked, channel) : []}
                onPick={setPicked}
              />
              <StaffingTable overview={data} />
              <RosterSection shifts={roster.data} />
            </div>
            <div className="column-side">
              <ProposalsSection proposals={loaded ? proposals : undefined} busy={action.busy} onDecide={(p, d) => void onDecide(p, d)} />
              <SimulationSection dates={dates} date={day} simulation={simulation.data} onDate={setSimulationDate} />
            </div>
          </div>
        </>
      )}
      <DeadlinesSection
        deadlines={calendar.deadlines}
        busy={action.busy}
        onAdd={onAddDeadline}
        onSetActive={(d, active) => void onSetActive(d, active)}
      />
    </Page>
  );
}
