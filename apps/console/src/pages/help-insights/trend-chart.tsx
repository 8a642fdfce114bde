import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsCategoryView } from '@inquiry-router/contracts/views';
import { ChartFigure } from '../../components/chart-figure';
import { useTopicLabel } from '../../components/target-label';
import { useI18n } from '../../i18n/i18n';

const Colours = ['#1f5fa8', '#b0451f', '#2f7d32', '#7b3fa0', '#8a6d00', '#00707a', '#a3174f', '#555555'];

/**
 * Contacts per ISO week, one line per category (recharts, named in the reader's language), with the same counts as a table for
 * screen readers (`ChartFigure`).
 */
export function TrendChart({ weeks, categories }: { weeks: string[]; categories: InsightsCategoryView[] }) {
  const { t, formatNumber } = useI18n();
  const topicLabel = useTopicLabel();
  const data = weeks.map((week, i) => ({ week, ...Object.fromEntries(categories.map((c) => [c.category, c.weeks[i]?.count ?? 0])) }));
  return (
    <ChartFigure
      caption={t('helpInsights.trendCaption')}
      plot={
        <LineChart data={data} responsive width="100%" height={260} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" tick={{ fill: 'var(--text)' }} />
          <YAxis allowDecimals={false} tick={{ fill: 'var(--text)' }} />
          <Tooltip />
          <Legend />
          {categories.map((c, i) => (
            <Line
              key={c.category}
              dataKey={c.category}
              name={topicLabel(c.category)}
              stroke={Colours[i % Colours.length]}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      }
      headers={[t('helpInsights.category'), ...weeks]}
      rows={categories.map((c) => (
        <tr key={c.category}>
          <th scope="row">{topicLabel(c.category)}</th>
          {c.weeks.map((w) => (
            <td key={w.week}>{formatNumber(w.count)}</td>
          ))}
        </tr>
      ))}
    />
  );
}
