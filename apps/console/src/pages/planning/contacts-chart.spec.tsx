import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactsChart } from './contacts-chart';
import { overview } from './planning-fixtures';
import { StaffingChart } from './staffing-chart';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

describe('ContactsChart', () => {
  const renderChart = (channel: 'all' | 'phone' = 'all') =>
    renderInLocale(<ContactsChart forecast={overview.forecast} deadlines={overview.deadlines} channel={channel} />, 'nb');

  it('says in words how many contacts are expected and which deadlines fall in the span', () => {
    renderChart();
    // 13 + 6.5 + 1 on the 4th (07:30 closed), 14 + 15 + 2 × (6.5 + 1) on the 5th.
    expect(screen.getByTestId('contacts-summary').textContent).toBe(
      '65 henvendelser ventet i perioden. Frister i perioden: A-melding (man. 5. jan.).',
    );
  });

  it('gives screen readers a table by day with the figures, the peak and the deadline, named by the caption', () => {
    renderChart('phone');
    const table = screen.getByRole('table', { name: 'Henvendelser per halvtime: prognose og faktisk' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['søn. 4. jan.', '13', '11', '13 kl. 08:00', '–'],
      ['man. 5. jan.', '29', 'ikke ennå', '15 kl. 08:30', 'A-melding'],
    ]);
  });

  it('hides the drawing from assistive technology', () => {
    const { container } = renderChart();
    const plot = container.querySelector('.chart-plot');
    expect(plot?.getAttribute('aria-hidden')).toBe('true');
    expect(plot?.querySelector('svg')).not.toBeNull();
  });
});

describe('StaffingChart', () => {
  it('counts the half-hours short of advisers, and tables each day’s need, plan and largest gap', () => {
    renderInLocale(<StaffingChart staffing={overview.staffing} />, 'en');
    expect(screen.getByTestId('staffing-summary').textContent).toBe('1 half-hour short of advisers in the period.');
    const table = screen.getByRole('table', { name: 'Advisers per half-hour: needed and planned' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Sun 4 Jan', '5 at 08:00', '5', '0', '0'],
      ['Mon 5 Jan', '10 at 08:00', '6', '1', '4'],
    ]);
  });
});
