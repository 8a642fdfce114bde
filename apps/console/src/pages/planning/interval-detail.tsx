import type { PlanningDeadlineCauseView, PlanningForecastIntervalView } from '@inquiry-router/contracts/views';
import { Fact, Facts } from '../../components/facts';
import { SelectField } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/**
 * How one half-hour's forecast came about, per channel: the base level times the weekday, time-of-day
 * and seasonal factors, times the deadline factor (with the deadlines behind it), or why it is closed.
 * The half-hour is chosen by day and time here, or by a click in a chart.
 */
export function IntervalDetail({
  slots,
  start,
  intervals,
  onPick,
}: {
  /** Every half-hour shown, in time order. */
  slots: readonly { start: string; date: string; time: string }[];
  start: string | null;
  intervals: readonly PlanningForecastIntervalView[];
  onPick: (start: string) => void;
}) {
  const { t, label, formatDate, formatNumber } = useI18n();
  const chosen = slots.find((s) => s.start === start) ?? null;
  const dates = [...new Set(slots.map((s) => s.date))];
  const times = chosen ? slots.filter((s) => s.date === chosen.date) : [];
  const factor = (n: number) => t('planning.factor', { factor: formatNumber(Math.round(n * 100) / 100) });
  const figure = (n: number) => formatNumber(Math.round(n * 10) / 10);

  const cause = (c: PlanningDeadlineCauseView) => {
    const values = { name: c.name, agency: c.agency, date: formatDate(c.date), factor: formatNumber(Math.round(c.factor * 100) / 100) };
    if (c.offset < 0) return t('planning.deadlineBefore', { ...values, days: -c.offset });
    if (c.offset > 0) return t('planning.deadlineAfter', { ...values, days: c.offset });
    return t('planning.deadlineOn', values);
  };

  return (
    <Section id="interval-detail" title={t('planning.detail')}>
      <p>{t('planning.detailHint')}</p>
      <div className="field inline-pair">
        <SelectField
          id="detail-day"
          label={t('planning.detailDay')}
          value={chosen?.date ?? ''}
          choices={[...(chosen ? [] : [{ value: '', label: '–' }]), ...dates.map((d) => ({ value: d, label: formatDate(d) }))]}
          onChange={(date) => {
            const first = slots.find((s) => s.date === date && s.time === chosen?.time) ?? slots.find((s) => s.date === date);
            if (first) onPick(first.start);
          }}
        />
        <SelectField
          id="detail-time"
          label={t('planning.detailTime')}
          value={chosen?.start ?? ''}
          choices={chosen ? times.map((s) => ({ value: s.start, label: s.time })) : [{ value: '', label: '–' }]}
          onChange={onPick}
        />
      </div>
      {chosen &&
        intervals.map((f) => (
          <div key={f.channel} className="interval-channel" data-testid={`detail-${f.channel}`}>
            <h3>
              {label('channel', f.channel)}, {formatDate(f.date)} {f.time}
            </h3>
            {f.closed ? (
              <p>{t('planning.closedBecause', { reason: f.closed })}</p>
            ) : (
              <Facts>
                <Fact term={t('planning.forecast')}>{figure(f.forecast)}</Fact>
                <Fact term={t('planning.actual')}>{f.actual === null ? t('planning.notYet') : formatNumber(f.actual)}</Fact>
                <Fact term={t('planning.base')}>{figure(f.base)}</Fact>
                <Fact term={t('planning.weekly')}>{factor(f.seasonal.weekly)}</Fact>
                <Fact term={t('planning.daily')}>{factor(f.seasonal.daily)}</Fact>
                <Fact term={t('planning.yearly')}>{factor(f.seasonal.yearly)}</Fact>
                <Fact term={t('planning.deadlineFactor')}>
                  {factor(f.deadline.factor)}
                  {f.deadline.causes.length === 0 ? (
                    <span className="muted"> – {t('planning.noDeadlineEffect')}</span>
                  ) : (
                    <ul>
                      {f.deadline.causes.map((c) => (
                        <li key={`${c.deadlineId}-${c.date}`}>{cause(c)}</li>
                      ))}
                    </ul>
                  )}
                </Fact>
              </Facts>
            )}
          </div>
        ))}
    </Section>
  );
}
