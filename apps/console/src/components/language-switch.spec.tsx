import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './layout';

function Greeting() {
  const { t } = useI18n();
  return <p>{t('signedInAs', { user: 'kari' })}</p>;
}

const renderSwitch = () =>
  render(
    <I18nProvider>
      <LanguageSwitch />
      <Greeting />
    </I18nProvider>,
  );

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('LanguageSwitch', () => {
  it('offers bokmål (the default), nynorsk and English, each in its own language', () => {
    renderSwitch();
    const select = screen.getByLabelText('Språk');
    expect(screen.getAllByRole('option').map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['Bokmål', 'nb'],
      ['Nynorsk', 'nn'],
      ['English', 'en'],
    ]);
    expect(select).toHaveProperty('value', 'nb');
    expect(document.documentElement.lang).toBe('nb');
    expect(screen.getByText('Innlogget som kari')).toBeTruthy();
  });

  it('switches to nynorsk, sets the page language and remembers the choice', () => {
    const first = renderSwitch();
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'nn' } });
    expect(screen.getByText('Innlogga som kari')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nn');
    first.unmount();

    renderSwitch();
    expect(screen.getByLabelText('Språk')).toHaveProperty('value', 'nn');
    expect(screen.getByText('Innlogga som kari')).toBeTruthy();
  });
});
