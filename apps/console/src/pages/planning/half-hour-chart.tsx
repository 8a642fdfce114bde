import { ComponentProps, ReactNode } from 'react';
import { ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { useI18n } from '../../i18n/i18n';
import { dayTicks, slotFromChart } from './chart-parts';

/**
 * The frame both planning charts share: a figure named by its caption, a summary in words, the
 * drawing per half-hour (hidden from assistive technology; a click picks the half-hour) with a tick a
 * day, and a visually hidden table by day that carries the figures for screen readers.
 */
export function HalfHourChart({
  caption,
  summary,
  rows,
  dates,
  height,
  marginTop,
  yAxisWidth,
  tooltipLabel,
  tooltipValue,
  onPick,
  series,
  columns,
  dayRows,
}: {
  caption: string;
  summary: ReactNode;
  rows: readonly { start: string }[];
  /** Each half-hour's local date, in the order drawn. */
  dates: readonly { start: string; date: string }[];
  height: number;
  marginTop: number;
  yAxisWidth: number;
  tooltipLabel: (start: string) => string;
  tooltipValue: ComponentProps<typeof Tooltip>['formatter'];
  onPick?: (start: string) => void;
  series: ReactNode;
  /** The table's column heads, after the day's. */
  columns: readonly string[];
  /** The table's rows, one a day. */
  dayRows: ReactNode;
}) {
  const { t, formatDate } = useI18n();
  const dateOf = new Map(dates.map((d) => [d.start, d.date]));
  return (
    <ChartFigure
      caption={caption}
      className="chart planning-chart"
      summary={summary}
      plot={
        <ComposedChart
          data={[...rows]}
          responsive
          width="100%"
          height={height}
          margin={{ top: marginTop, right: 16, bottom: 5, left: 0 }}
          accessibilityLayer={false}
          onClick={(state) => {
            const start = slotFromChart(state, rows);
            if (start) onPick?.(start);
          }}
        >
          <XAxis dataKey="start" ticks={dayTicks(dates)} tickFormatter={(start: string) => formatDate(dateOf.get(start) ?? start)} />
          <YAxis allowDecimals={false} width={yAxisWidth} />
          <Tooltip labelFormatter={(start) => (typeof start === 'string' ? tooltipLabel(start) : '')} formatter={tooltipValue} />
          {series}
        </ComposedChart>
      }
      headers={[t('planning.day'), ...columns]}
      rows={dayRows}
    />
  );
}
