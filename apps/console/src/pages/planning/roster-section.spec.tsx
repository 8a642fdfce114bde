import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/catalogue';
import { rosterShifts } from './planning-fixtures';
import { RosterSection } from './roster-section';
import { renderInLocale } from '../../testing/console-under-test';

afterEach(cleanup);

const rowsIn = (locale: Locale) => {
  renderInLocale(<RosterSection shifts={rosterShifts} />, locale);
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return Object.fromEntries(rows.map((r) => [r.children[0].textContent, [...r.children].map((c) => c.textContent)]));
};

describe('RosterSection', () => {
  it.each([
    [
      'nb' as const,
      {
        tove: ['Innlogging: Under opplæring', 'Førstelinje: Kvalifisert', '0,5 veiledere'],
        mia: ['Alle køer', 'Innlogging: Mentor', '1 veileder'],
        ola: ['Kvalifisert (ingen opplæring registrert)'],
      },
    ],
    [
      'nn' as const,
      {
        tove: ['Innlogging: Under opplæring', '0,5 rettleiarar'],
        mia: ['Alle køar', 'Innlogging: Mentor', '1 rettleiar'],
        ola: ['Kvalifisert (inga opplæring registrert)'],
      },
    ],
    [
      'en' as const,
      {
        tove: ['Login: In training', 'First line: Qualified', '0.5 advisers'],
        mia: ['All queues', 'Login: Mentor', '1 adviser'],
        ola: ['Qualified (no training recorded)'],
      },
    ],
  ])('shows each rostered adviser’s levels and what the shift counts for in %s', (locale, expected) => {
    const rows = rowsIn(locale);
    for (const [adviser, texts] of Object.entries(expected)) {
      const row = rows[adviser].join(' | ');
      for (const text of texts) expect(row, `${adviser}: ${text}`).toContain(text);
    }
  });

  it('says when the span has no shifts, and shows nothing while the roster loads', () => {
    const { container, rerender } = renderInLocale(<RosterSection shifts={undefined} />, 'en');
    expect(container.querySelector('table')).toBeNull();
    rerender(<RosterSection shifts={[]} />);
    expect(screen.getByText('No shifts in the span.')).toBeTruthy();
  });
});
