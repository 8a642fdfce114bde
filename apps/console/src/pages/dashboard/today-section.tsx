import { LiveOverview } from '../../api/types';
import { BarChart, rowsOf } from '../../components/bar-chart';
import { Section } from '../../components/page';
import { fill, formatNumber } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

/** Today's volume, in all and by channel, target, category and agency. */
export function TodaySection({ today }: { today: LiveOverview['today'] | undefined }) {
  const { m, locale } = useI18n();
  const t = today;
  const chartProps = { locale, countHeader: m.dashboard.count, empty: m.dashboard.noneToday };
  return (
    <Section id="today" title={m.dashboard.today}>
      <p data-testid="today-total">{fill(m.dashboard.total, { n: formatNumber(t?.total ?? 0, locale) })}</p>
      <div className="charts">
        <BarChart
          caption={m.dashboard.byChannel}
          nameHeader={m.inquiry.channel}
          rows={rowsOf(t?.byChannel ?? {}, (k) => label(m.channel, k))}
          {...chartProps}
        />
        <BarChart
          caption={m.dashboard.byTarget}
          nameHeader={m.inquiry.target}
          rows={rowsOf(t?.byTarget ?? {}, (k) => (k === 'agency' ? m.inquiry.agency : label(m.queue, k)))}
          {...chartProps}
        />
        <BarChart
          caption={m.dashboard.byCategory}
          nameHeader={m.inquiry.category}
          rows={rowsOf(t?.byCategory ?? {}, (k) => k)}
          {...chartProps}
        />
        <BarChart
          caption={m.dashboard.byAgency}
          nameHeader={m.inquiry.agency}
          rows={rowsOf(t?.byAgency ?? {}, (k) => k.toUpperCase())}
          {...chartProps}
        />
      </div>
    </Section>
  );
}
