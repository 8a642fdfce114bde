import { useMemo } from 'react';
import { Area, Line } from 'recharts';
import type { PlanningStaffingIntervalView } from '@inquiry-router/contracts/views';
import { useI18n } from '../../i18n/i18n';
import { HalfHourChart } from './half-hour-chart';
import { staffingDays } from './planning-series';

/**
 * Advisers needed per half-hour (with the shrinkage allowance) against those planned; where the
 * need stands above the plan the shortfall is filled red. A summary and a table by day carry the
 * figures for screen readers; the drawing is hidden from them.
 */
export function StaffingChart({
  staffing,
  onPick,
}: {
  staffing: readonly PlanningStaffingIntervalView[];
  onPick?: (start: string) => void;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const rows = useMemo(
    () =>
      staffing.map((s) => ({
        start: s.start,
        needed: s.neededWithShrinkage,
        planned: s.planned,
        // The band between plan and need where short: [planned, needed].
        short: s.gap > 0 ? [s.planned, s.neededWithShrinkage] : null,
      })),
    [staffing],
  );
  const days = useMemo(() => staffingDays(staffing), [staffing]);
  const short = days.reduce((sum, d) => sum + d.shortHalfHours, 0);
  const round = (n: number) => formatNumber(Math.round(n * 10) / 10);

  return (
    <HalfHourChart
      caption={t('planning.staffing')}
      summary={<p data-testid="staffing-summary">{t('planning.staffingSummary', { count: short })}</p>}
      rows={rows}
      dates={staffing}
      height={260}
      marginTop={10}
      yAxisWidth={40}
      tooltipLabel={(start) => {
        const s = staffing.find((x) => x.start === start);
        return s ? `${formatDate(s.date)} ${s.time}` : '';
      }}
      tooltipValue={(value, name) => [Array.isArray(value) ? round(Number(value[1]) - Number(value[0])) : round(Number(value)), name]}
      onPick={onPick}
      series={
        <>
          <Area dataKey="short" name={t('planning.gap')} stroke="none" fill="#c62828" fillOpacity={0.45} isAnimationActive={false} />
          <Line dataKey="needed" name={t('planning.needed')} stroke="#c62828" dot={false} strokeWidth={2} isAnimationActive={false} />
          <Line
            dataKey="planned"
            name={t('planning.planned')}
            type="stepAfter"
            stroke="#0b5cad"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </>
      }
      columns={[t('planning.needed'), t('planning.planned'), t('planning.shortHalfHours'), t('planning.largestGap')]}
      dayRows={days.map((d) => (
        <tr key={d.date}>
          <th scope="row">{formatDate(d.date)}</th>
          <td>{d.peak ? t('planning.peakAt', { count: round(d.peak.needed), time: d.peak.time }) : '–'}</td>
          <td>{d.peak ? round(d.peak.planned) : '–'}</td>
          <td>{formatNumber(d.shortHalfHours)}</td>
          <td>{round(d.largestGap)}</td>
        </tr>
      ))}
    />
  );
}
