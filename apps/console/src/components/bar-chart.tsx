import { useI18n } from '../i18n/i18n';

/**
 * A horizontal bar chart that is a table underneath: screen readers read the numbers, sighted
 * users see the bars (drawn beside each number, hidden from assistive technology).
 */
export function BarChart({
  caption,
  rows,
  nameHeader,
  countHeader,
  empty,
}: {
  caption: string;
  rows: { key: string; label: string; value: number }[];
  nameHeader: string;
  countHeader: string;
  empty: string;
}) {
  const { formatNumber } = useI18n();
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="chart">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{countHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2}>{empty}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="chart-value">
                  <span className="chart-bar" aria-hidden="true" style={{ width: `${(r.value / max) * 100}%` }} />
                  <span className="chart-number">{formatNumber(r.value)}</span>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </figure>
  );
}

/** Counts as chart rows, largest first. */
export function rowsOf(counts: Record<string, number>, labelOf: (key: string) => string): { key: string; label: string; value: number }[] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, value]) => ({ key, label: labelOf(key), value }));
}
