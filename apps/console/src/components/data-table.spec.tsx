import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Column, DataTable, TableScroll } from './data-table';

interface Queue {
  name: string;
  waiting: number;
}

const columns: Column<Queue>[] = [
  { header: 'Kø', cell: (q) => q.name },
  {
    header: 'Venter',
    cell: (q) => String(q.waiting),
    className: (q) => (q.waiting > 2 ? 'num warn' : 'num'),
    testId: (q) => `waiting-${q.name}`,
  },
];

describe('DataTable', () => {
  it('heads each column, and each row by its first cell', () => {
    render(
      <DataTable
        columns={columns}
        rows={[
          { name: 'first', waiting: 3 },
          { name: 'second', waiting: 0 },
        ]}
        rowKey={(q) => q.name}
        rowTestId={(q) => `row-${q.name}`}
      />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Kø', 'Venter']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['first', 'second']);
    const first = screen.getByTestId('row-first');
    expect(within(first).getByRole('cell').textContent).toBe('3');
    expect(screen.getByTestId('waiting-first').className).toBe('num warn');
    expect(screen.getByTestId('waiting-second').className).toBe('num');
  });
});

describe('TableScroll', () => {
  const widths = (scrollWidth: number, clientWidth: number) => {
    vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
  };
  /** The scroll around a table with no rows yet. */
  const renderAroundEmptyTable = () =>
    render(
      <TableScroll label="Kontakter">
        <table />
      </TableScroll>,
    );
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('is a named region in the tab order while its table is wider than it', () => {
    widths(900, 400);
    renderAroundEmptyTable();
    const region = screen.getByRole('region', { name: 'Kontakter' });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe('table-scroll');
  });

  it('adds no tab stop while its table fits', () => {
    widths(400, 400);
    const { container } = renderAroundEmptyTable();
    const scroll = container.querySelector('.table-scroll')!;
    expect(scroll.hasAttribute('tabindex')).toBe(false);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('becomes a region when rows that arrive later make its table wider than it', () => {
    widths(400, 400);
    const { rerender } = renderAroundEmptyTable();
    expect(screen.queryByRole('region')).toBeNull();
    widths(900, 400);
    rerender(
      <TableScroll label="Kontakter">
        <table>
          <tbody>
            <tr>
              <td>a wide row</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>,
    );
    expect(screen.getByRole('region', { name: 'Kontakter' }).tabIndex).toBe(0);
  });
});
