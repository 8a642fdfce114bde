import { ReactNode, useId } from 'react';

/**
 * A chart as a figure named by its caption: the drawing (`plot`) is hidden from assistive technology
 * and takes no focus, and a table hidden from sight carries the same figures for screen readers, under
 * `headers` (the first heads the column of row headings). Where there is nothing to draw, `empty`
 * (when given) stands instead of drawing and table.
 */
export function ChartFigure({
  caption,
  className = 'chart',
  summary,
  empty,
  plot,
  headers,
  rows,
}: {
  caption: string;
  className?: string;
  /** Between caption and drawing: the chart in words, for everyone. */
  summary?: ReactNode;
  empty?: string;
  plot: ReactNode;
  headers: readonly string[];
  /** The table's rows, each headed by a `<th scope="row">`. */
  rows: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className={className} aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      {summary}
      {empty !== undefined ? (
        <p>{empty}</p>
      ) : (
        <>
          <div className="chart-plot" aria-hidden="true">
            {plot}
          </div>
          <table className="visually-hidden" aria-labelledby={captionId}>
            <thead>
              <tr>
                {headers.map((h, n) => (
                  <th key={n} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </>
      )}
    </figure>
  );
}
