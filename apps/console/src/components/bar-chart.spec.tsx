import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { BarChart, rowsOf } from './bar-chart';

describe('BarChart', () => {
  it('is a table with the counts, largest first', () => {
    render(
      <I18nProvider initial="nb">
        <BarChart
          caption="Etter kanal"
          nameHeader="Kanal"
          countHeader="Antall"
          empty="Ingen"
          rows={rowsOf({ email: 3, phone: 12 }, (k) => (k === 'email' ? 'E-post' : 'Telefon'))}
        />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Etter kanal' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Telefon12', 'E-post3']);
  });
});
