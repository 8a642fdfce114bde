import type { OpeningDayView } from '@inquiry-router/contracts/views';
import { Column, DataTable } from '../../components/data-table';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

const hhmm = (iso: string) => /T(\d\d:\d\d)/.exec(iso)?.[1] ?? iso;

/** The coming days' opening hours, holidays named. */
export function WeekTable({ days }: { days: OpeningDayView[] }) {
  const { t, formatDate } = useI18n();
  const columns: Column<OpeningDayView>[] = [
    { header: t('openingHours.date'), cell: (d) => formatDate(d.date) },
    {
      header: t('openingHours.hours'),
      cell: (d) => (
        <>
          {d.spans.length === 0 ? t('openingHours.closedDay') : d.spans.map((s) => `${hhmm(s.start)}–${hhmm(s.end)}`).join(', ')}
          {d.holiday ? ` (${t('openingHours.holiday')}: ${d.holiday})` : ''}
        </>
      ),
    },
  ];
  return (
    <Section id="days" title={t('openingHours.week')}>
      <DataTable columns={columns} rows={days} rowKey={(d) => d.date} />
    </Section>
  );
}
