import type { IntlConfig } from 'react-intl';
import { IntlLocales, Languages, SupportTimeZone, type Language } from '@inquiry-router/contracts/vocabulary';
import { en, nb, type Messages } from './messages';
import { nn } from './messages.nn';

/**
 * The languages the console speaks: Norwegian bokmål (the default), Norwegian nynorsk and English,
 * the languages the contracts know (notices, help pages and answers are written in the same three).
 */
export type Locale = Language;
export const Locales: readonly Locale[] = Languages;

export const catalogues: Record<Locale, Messages> = { nb, nn, en };

/** Each language by its own name, as the language choice offers it. */
export const localeNames: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** Every date and time is shown as support in Norway reads it. */

/** Dotted paths to every text of a catalogue, with the text (literal in bokmål, so its values can be read off it). */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? { key: `${Prefix}${K}`; text: T[K] } : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type Leaf = Leaves<typeof nb>;

/** A message's key, such as `work.claimed`: a typo is a type error. */
export type MessageKey = Leaf['key'];

/** The names of the values an ICU message takes: `{id}`, `{count, plural, …}`, not the branches' text. */
type ArgNames<Text extends string> = Text extends `${string}{${infer Inner}}${infer Rest}` ? NamesIn<Inner> | ArgNames<Rest> : never;
type NamesIn<Inner extends string> = Inner extends `${infer Head}{${infer Tail}` ? NameOf<Head> | NamesIn<Tail> : NameOf<Inner>;
type NameOf<Part extends string> = Part extends `${infer Name},${string}` ? PlainName<Name> : PlainName<Part>;
type PlainName<Name extends string> = Name extends '' | `${string} ${string}` | `${string}#${string}` ? never : Name;

export type MessageValue = string | number | Date;

/** What a message needs besides its key: nothing, or exactly its named values. */
export type ValuesOf<K extends MessageKey> = [ArgNames<Extract<Leaf, { key: K }>['text']>] extends [never]
  ? []
  : [values: Record<ArgNames<Extract<Leaf, { key: K }>['text']>, MessageValue>];

/** A nested catalogue as react-intl takes it: one flat map from dotted key to message. */
export function flatten(catalogue: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalogue).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v as object, `${prefix}${k}.`)),
    ),
  );
}

const flatCatalogues = Object.fromEntries(Locales.map((l) => [l, flatten(catalogues[l])])) as Record<Locale, Record<MessageKey, string>>;

/** How react-intl is set up for a language: its messages, its region's formats, and Oslo time. */
export function intlConfig(locale: Locale): IntlConfig {
  return { locale: IntlLocales[locale], defaultLocale: IntlLocales.nb, timeZone: SupportTimeZone, messages: flatCatalogues[locale] };
}

declare global {
  // react-intl's own <FormattedMessage id> and formatMessage({ id }) take only the catalogue's keys.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}
