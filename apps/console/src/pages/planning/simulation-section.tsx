import { Channels, type Channel } from '@inquiry-router/contracts/vocabulary';
import type { PlanningSimulationView } from '@inquiry-router/contracts/views';
import { Column, DataTable } from '../../components/data-table';
import { SelectField } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

type SimulatedChannel = PlanningSimulationView['simulated'][Channel] & { channel: Channel };

/** A chosen day simulated with the planned advisers, per channel, beside the service level Erlang C promises for the calls. */
export function SimulationSection({
  dates,
  date,
  simulation,
  onDate,
}: {
  dates: readonly string[];
  date: string | null;
  simulation: PlanningSimulationView | undefined;
  onDate: (date: string) => void;
}) {
  const { t, label, formatDate, formatNumber, formatPercent } = useI18n();
  const rows: SimulatedChannel[] = simulation ? Channels.map((channel) => ({ channel, ...simulation.simulated[channel] })) : [];
  const columns: Column<SimulatedChannel>[] = [
    { header: t('planning.channel'), cell: (r) => label('channel', r.channel) },
    { header: t('planning.offered'), cell: (r) => formatNumber(r.offered) },
    { header: t('planning.serviceLevel'), cell: (r) => formatPercent(r.serviceLevel), testId: (r) => `simulated-sl-${r.channel}` },
    { header: t('planning.asa'), cell: (r) => (r.asa === null ? '–' : t('planning.seconds', { seconds: Math.round(r.asa) })) },
    { header: t('planning.abandoned'), cell: (r) => formatNumber(r.abandoned) },
  ];
  return (
    <Section id="simulation" title={t('planning.simulation')}>
      <SelectField
        id="simulation-date"
        label={t('planning.simulationDate')}
        value={date ?? ''}
        choices={dates.map((d) => ({ value: d, label: formatDate(d) }))}
        onChange={onDate}
      />
      {simulation && simulation.date === date && (
        <>
          <DataTable columns={columns} rows={rows} rowKey={(r) => r.channel} />
          <p data-testid="erlang-service-level">
            {simulation.erlangServiceLevel === null
              ? t('planning.noErlang')
              : t('planning.erlang', { level: formatPercent(simulation.erlangServiceLevel) })}
          </p>
        </>
      )}
    </Section>
  );
}
