import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Column, DataTable } from './data-table';

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
