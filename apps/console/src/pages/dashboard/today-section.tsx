import { LiveOverview } from '../../api/types';
import { BarChart, rowsOf } from '../../components/bar-chart';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Today's volume, in all and by channel, target, category and agency. */
export function TodaySection({ today }: { today: LiveOverview['today'] | undefined }) {
  const { t, label } = useI18n();
  const chartProps = { countHeader: t('dashboard.count'), empty: t('dashboard.noneToday') };
  return (
    <Section id="today" title={t('dashboard.today')}>
      <p data-testid="today-total">{t('dashboard.total', { count: today?.total ?? 0 })}</p>
      <div className="charts">
        <BarChart
          caption={t('dashboard.byChannel')}
          nameHeader={t('inquiry.channel')}
          rows={rowsOf(today?.byChannel ?? {}, (k) => label('channel', k))}
          {...chartProps}
        />
        <BarChart
          caption={t('dashboard.byTarget')}
          nameHeader={t('inquiry.target')}
          rows={rowsOf(today?.byTarget ?? {}, (k) => (k === 'agency' ? t('inquiry.agency') : label('queue', k)))}
          {...chartProps}
        />
        <BarChart
          caption={t('dashboard.byCategory')}
          nameHeader={t('inquiry.category')}
          rows={rowsOf(today?.byCategory ?? {}, (k) => label('category', k))}
          {...chartProps}
        />
        <BarChart
          caption={t('dashboard.byAgency')}
          nameHeader={t('inquiry.agency')}
          rows={rowsOf(today?.byAgency ?? {}, (k) => k.toUpperCase())}
          {...chartProps}
        />
      </div>
    </Section>
  );
}
