import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { overview } from './planning-fixtures';
import { StaffingTable } from './staffing-table';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

describe('StaffingTable', () => {
  it('lists the 20 largest shortfalls, largest first, and says how many half-hours are short in all', () => {
    const base = overview.staffing[2];
    const staffing = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      start: new Date(Date.parse('2026-01-05T07:00:00Z') + i * 1_800_000).toISOString(),
      time: `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      planned: 0,
      neededWithShrinkage: i + 1,
      gap: i + 1,
    }));
    renderInLocale(<StaffingTable overview={{ ...overview, staffing: [...staffing, overview.staffing[0]] }} />, 'en');
    expect(screen.getByText(/^The 20 largest shortfalls of 30 half-hours short of advisers\./)).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.children[3].textContent)).toEqual(Array.from({ length: 20 }, (_, i) => String(30 - i)));
  });
});
