import type { PlanningOverviewView, PlanningStaffingIntervalView } from '@inquiry-router/contracts/views';
import { Column, DataTable } from '../../components/data-table';
import { Section } from '../../components/page';
import { downloadCsv } from '../../components/download';
import { useI18n } from '../../i18n/i18n';
import { staffingCsv } from './staffing-csv';

/** How many shortfalls the page lists: a span without a roster is short nearly every half-hour. */
const ShownShortfalls = 20;

/** The largest shortfalls of advisers, and the whole staffing table (every half-hour) as a CSV download. */
export function StaffingTable({ overview }: { overview: PlanningOverviewView }) {
  const { t, label, formatDate, formatNumber } = useI18n();
  const short = overview.staffing.filter((s) => s.gap > 0);
  const largest = [...short].sort((a, b) => b.gap - a.gap).slice(0, ShownShortfalls);
  const figure = (n: number) => formatNumber(Math.round(n * 10) / 10);
  const columns: Column<PlanningStaffingIntervalView>[] = [
    { header: t('planning.time'), cell: (s) => `${formatDate(s.date)} ${s.time}` },
    { header: t('planning.needed'), cell: (s) => figure(s.neededWithShrinkage) },
    { header: t('planning.planned'), cell: (s) => figure(s.planned) },
    { header: t('planning.gap'), cell: (s) => figure(s.gap) },
    { header: t('planning.trainees'), cell: (s) => formatNumber(s.trainees) },
    { header: t('planning.mentors'), cell: (s) => formatNumber(s.mentors) },
  ];
  const download = () =>
    downloadCsv(
      `staffing-${overview.from}-${overview.to}.csv`,
      staffingCsv(overview, {
        date: t('planning.date'),
        time: t('planning.time'),
        forecast: (c) => t('planning.forecastFor', { channel: label('channel', c) }),
        needed: t('planning.needed'),
        planned: t('planning.planned'),
        gap: t('planning.gap'),
      }),
    );
  return (
    <Section id="staffing-table" title={t('planning.table')}>
      <p>
        <button type="button" className="secondary" onClick={download} disabled={overview.staffing.length === 0}>
          {t('planning.exportCsv')}
        </button>
      </p>
      {short.length === 0 ? (
        <p>{t('planning.noShort')}</p>
      ) : (
        <>
          <p>{t('planning.largestShown', { shown: largest.length, count: short.length })}</p>
          <DataTable columns={columns} rows={largest} rowKey={(s) => s.start} />
        </>
      )}
    </Section>
  );
}
