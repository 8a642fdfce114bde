import { useMemo } from 'react';
import { Area, Line, ReferenceArea } from 'recharts';
import type { PlanningDeadlineMarkView, PlanningForecastIntervalView } from '@inquiry-router/contracts/views';
import { useI18n } from '../../i18n/i18n';
import { channelsOf, contactDays, contactPoints, deadlineSpans, type ChannelChoice } from './planning-series';
import { ChannelColours } from './chart-parts';
import { HalfHourChart } from './half-hour-chart';

/**
 * Contacts per half-hour, forecast (stacked by channel) against what came, the deadlines' days
 * marked with their names and closed half-hours left as gaps. The drawing is hidden from assistive
 * technology; a summary and a table by day say the same in words and figures.
 */
export function ContactsChart({
  forecast,
  deadlines,
  channel,
  onPick,
}: {
  forecast: readonly PlanningForecastIntervalView[];
  deadlines: readonly PlanningDeadlineMarkView[];
  channel: ChannelChoice;
  onPick?: (start: string) => void;
}) {
  const { t, label, formatDate, formatNumber } = useI18n();
  const points = useMemo(() => contactPoints(forecast, channel), [forecast, channel]);
  const rows = useMemo(() => points.map((p) => ({ start: p.start, ...p.forecast, actual: p.actual, total: p.forecastTotal })), [points]);
  const spans = useMemo(() => deadlineSpans(deadlines, points), [deadlines, points]);
  const days = useMemo(() => contactDays(points, deadlines), [points, deadlines]);
  const total = Math.round(days.reduce((sum, d) => sum + d.forecast, 0));
  const deadlineNames = deadlines.map((d) => `${d.name} (${formatDate(d.date)})`).join(', ');

  return (
    <HalfHourChart
      caption={t('planning.contacts')}
      summary={
        <p data-testid="contacts-summary">
          {t('planning.contactsSummary', { count: total })}{' '}
          {deadlines.length ? t('planning.deadlinesIn', { names: deadlineNames }) : t('planning.noDeadlines')}
        </p>
      }
      rows={rows}
      dates={points}
      height={300}
      marginTop={24}
      yAxisWidth={48}
      tooltipLabel={(start) => {
        const p = points.find((x) => x.start === start);
        return p ? `${formatDate(p.date)} ${p.time}${p.closed ? ` – ${t('planning.closedBecause', { reason: p.closed })}` : ''}` : '';
      }}
      tooltipValue={(value, name) => [typeof value === 'number' ? formatNumber(Math.round(value * 10) / 10) : '', name]}
      onPick={onPick}
      series={
        <>
          {spans.map((s) => (
            <ReferenceArea
              key={`${s.deadline.deadlineId}-${s.deadline.date}`}
              x1={s.first}
              x2={s.last}
              fill="#f2c94c"
              fillOpacity={0.25}
              label={{ value: s.deadline.name, position: 'insideTop', fill: 'var(--text)' }}
            />
          ))}
          {channelsOf(channel).map((c) => (
            <Area
              key={c}
              dataKey={c}
              name={`${t('planning.forecast')} ${label('channel', c)}`}
              stackId="forecast"
              type="monotone"
              stroke={ChannelColours[c]}
              fill={ChannelColours[c]}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          ))}
          <Line dataKey="actual" name={t('planning.actual')} stroke="var(--text)" dot={false} strokeWidth={2} isAnimationActive={false} />
        </>
      }
      columns={[t('planning.forecast'), t('planning.actual'), t('planning.peak'), t('planning.deadlines')]}
      dayRows={days.map((d) => (
        <tr key={d.date}>
          <th scope="row">{formatDate(d.date)}</th>
          <td>{d.open ? formatNumber(Math.round(d.forecast)) : t('planning.closed')}</td>
          <td>{d.actual === null ? t('planning.notYet') : formatNumber(Math.round(d.actual))}</td>
          <td>{d.peak ? t('planning.peakAt', { count: formatNumber(Math.round(d.peak.forecast * 10) / 10), time: d.peak.time }) : '–'}</td>
          <td>{d.deadlines.join(', ') || '–'}</td>
        </tr>
      ))}
    />
  );
}
