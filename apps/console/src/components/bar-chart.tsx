import { Bar, BarChart as Chart, LabelList, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/i18n';
import { ChartFigure } from './chart-figure';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

const RowHeight = 30;

/**
 * Counts as horizontal bars (recharts), with the same counts as a table for screen readers (`ChartFigure`).
 */
export function BarChart({
  caption,
  rows,
  nameHeader,
  countHeader,
  empty,
}: {
  caption: string;
  rows: ChartRow[];
  nameHeader: string;
  countHeader: string;
  empty: string;
}) {
  const { formatNumber } = useI18n();
  return (
    <ChartFigure
      caption={caption}
      empty={rows.length === 0 ? empty : undefined}
      plot={
        <Chart
          layout="vertical"
          data={rows}
          responsive
          width="100%"
          height={rows.length * RowHeight + 10}
          margin={{ top: 5, right: 48, bottom: 5, left: 0 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, 'dataMax']} allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={130} tickLine={false} axisLine={false} tick={{ fill: 'var(--text)' }} />
          <Bar dataKey="value" fill="var(--accent)" barSize={16} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              fill="var(--text)"
              className="chart-number"
              formatter={(v: unknown) => (typeof v === 'number' ? formatNumber(v) : '')}
            />
          </Bar>
        </Chart>
      }
      headers={[nameHeader, countHeader]}
      rows={rows.map((r) => (
        <tr key={r.key}>
          <th scope="row">{r.label}</th>
          <td>{formatNumber(r.value)}</td>
        </tr>
      ))}
    />
  );
}

/** Counts as chart rows, largest first. */
export function rowsOf(counts: Record<string, number>, labelOf: (key: string) => string): ChartRow[] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, value]) => ({ key, label: labelOf(key), value }));
}
