import { ReactNode, useLayoutEffect, useRef, useState } from 'react';

/** One column of a `DataTable`: its heading, and each row's cell (with the cell's class and test id, if any). */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string | ((row: T) => string);
  testId?: (row: T) => string;
}

export interface DataTableProps<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  /** A row's React key; `index` is its place in `rows`. */
  rowKey: (row: T, index: number) => string;
  rowTestId?: (row: T) => string;
  className?: string;
  /** What the table holds, as its caption (its accessible name). */
  caption?: string;
}

/**
 * A table of rows, one column heading each (`scope="col"`); each row's first cell heads the row
 * (`scope="row"`), so screen readers name every cell by its row and column.
 */
export function DataTable<T>({ columns, rows, rowKey, rowTestId, className, caption }: DataTableProps<T>) {
  return (
    <table className={className}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, n) => (
            <th key={n} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} data-testid={rowTestId?.(row)}>
            {columns.map((c, n) => {
              const props = {
                className: typeof c.className === 'function' ? c.className(row) : c.className,
                'data-testid': c.testId?.(row),
              };
              return n === 0 ? (
                <th key={n} scope="row" {...props}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={n} {...props}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Where the screen is narrow, a table scrolls sideways in this. While the table is wider than the
 * screen allows, the scroll is a named region in the tab order, so a keyboard can scroll it too
 * (WCAG 2.1.1; axe's scrollable-region-focusable); otherwise it adds no tab stop.
 */
export function TableScroll({ label, children }: { label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const measure = () => {
    const scroll = ref.current;
    if (scroll) setOverflowing(scroll.scrollWidth > scroll.clientWidth);
  };
  // After every render: rows that arrive later widen the table without resizing this wrapper.
  useLayoutEffect(measure);
  // And when the screen changes the wrapper's width.
  useLayoutEffect(() => {
    if (!ref.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, []);
  const focusable = overflowing ? { tabIndex: 0, role: label ? 'region' : undefined, 'aria-label': label } : {};
  return (
    <div ref={ref} className="table-scroll" {...focusable}>
      {children}
    </div>
  );
}
