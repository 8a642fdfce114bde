import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, nb, type Messages } from './messages';
import type { Locale } from './format';

const LocaleKey = 'console.locale';

interface I18n {
  locale: Locale;
  m: Messages;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(LocaleKey) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

/** Norwegian bokmål unless the user chose English (remembered in this browser). */
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
  const value = useMemo(() => ({ locale, m: locale === 'en' ? en : nb, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** A message looked up by key in a group (e.g. a queue or channel name), the key itself when unknown. */
export function label(group: Record<string, unknown>, key: string | null | undefined): string {
  if (key === null || key === undefined) return '–';
  const value = group[key];
  return typeof value === 'string' ? value : key;
}
