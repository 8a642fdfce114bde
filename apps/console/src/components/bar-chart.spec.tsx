import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart, rowsOf, type ChartRow } from './bar-chart';
import { renderInLocale } from '../testing/console-under-test';

afterEach(cleanup);

const renderChart = (rows: ChartRow[]) =>
  renderInLocale(<BarChart caption="Etter kanal" nameHeader="Kanal" countHeader="Antall" empty="Ingen i dag ennå." rows={rows} />, 'nb');

describe('BarChart', () => {
  it('gives screen readers a table of the counts, largest first, named by the caption', () => {
    renderChart(rowsOf({ email: 3, phone: 1234 }, (k) => (k === 'email' ? 'E-post' : 'Telefon')));
    const table = screen.getByRole('table', { name: 'Etter kanal' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Kanal', 'Antall']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Telefon1\u00a0234', 'E-post3']);
    expect(screen.getByRole('figure', { name: 'Etter kanal' })).toBeTruthy();
  });

  it('hides the drawing from assistive technology, and it is not in the tab order', () => {
    const { container } = renderChart(rowsOf({ email: 3 }, () => 'E-post'));
    const plot = container.querySelector('.chart-plot');
    expect(plot?.getAttribute('aria-hidden')).toBe('true');
    expect(plot?.querySelector('svg')).not.toBeNull();
    expect(plot?.querySelectorAll('[tabindex]:not([tabindex="-1"]), a, button, input')).toHaveLength(0);
  });

  it('says so when there is nothing to count', () => {
    renderChart([]);
    expect(screen.getByText('Ingen i dag ennå.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
