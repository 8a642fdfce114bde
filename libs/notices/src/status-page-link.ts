import type { Language } from '@inquiry-router/contracts';

/**
 * A status page or feed address in a language: `?lang=` added, except for bokmål, which the page
 * shows when no language is given (so its links stay plain).
 */
export function inLanguage(url: string, language: Language): string {
  return language === 'nb' ? url : `${url}?lang=${language}`;
}
