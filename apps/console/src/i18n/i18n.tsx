import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { intlConfig, Locales, type Locale } from './catalogue';
import { formattersOf, type Formatters } from './formatters';

const LocaleKey = 'console.locale';

interface LocaleChoice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export type I18n = LocaleChoice & Formatters;

const LocaleContext = createContext<LocaleChoice | null>(null);

export const isLocale = (value: unknown): value is Locale => Locales.includes(value as Locale);

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(LocaleKey);
    return isLocale(stored) ? stored : 'nb';
  } catch {
    return 'nb';
  }
}

/** Norwegian bokmål unless the user chose another language (remembered in this browser). */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initial ?? storedLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(LocaleKey, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const choice = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={choice}>
      <IntlProvider {...intlConfig(locale)}>{children}</IntlProvider>
    </LocaleContext.Provider>
  );
}

/** The chosen language, and its texts and formats: `t('work.claimed', { id })`, `label('queue', q)`, `formatDateTime(iso)`. */
export function useI18n(): I18n {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useI18n outside I18nProvider');
  const intl = useIntl();
  return useMemo(() => ({ ...choice, ...formattersOf(intl) }), [choice, intl]);
}
