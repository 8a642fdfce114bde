import type { IntlShape } from 'react-intl';
import type { MessageKey, ValuesOf } from './catalogue';

/** Groups of the catalogue that name the vocabulary the server sends (a queue, a channel, a status …). */
export type LabelGroup =
  | 'channel'
  | 'queue'
  | 'status'
  | 'presence'
  | 'actions.caseTypes'
  | 'inquirer.keys'
  | 'inquirerLog.viaNames'
  | 'inquirerLog.actions'
  | 'training.levels'
  | 'training.areaKinds'
  | 'training.updates.kinds'
  | 'category'
  | 'kind'
  | 'caseStatus'
  | 'historyEvent'
  | 'historyActor'
  | 'sent.channel'
  | 'sent.via'
  | 'sent.purpose';

const Missing = '–';

/** Texts, dates, numbers and waits in the chosen language, all through react-intl (ICU messages, Intl formats). */
export function formattersOf(intl: IntlShape) {
  const t = <K extends MessageKey>(key: K, ...values: ValuesOf<K>): string => intl.formatMessage({ id: key }, values[0]);
  return {
    t,
    /** The name of a term from the server, or the term itself when the catalogue has none. */
    label: (group: LabelGroup, term: string | null | undefined): string => {
      if (term === null || term === undefined) return Missing;
      const key = `${group}.${term}` as MessageKey;
      return key in intl.messages ? intl.formatMessage({ id: key }) : term;
    },
    formatDateTime: (iso: string | null | undefined): string =>
      iso ? intl.formatDate(iso, { dateStyle: 'short', timeStyle: 'short' }) : Missing,
    formatTime: (iso: string | null | undefined): string => (iso ? intl.formatTime(iso, { hour: '2-digit', minute: '2-digit' }) : Missing),
    /** A calendar date (YYYY-MM-DD): noon UTC keeps it on the same date in Oslo. */
    formatDate: (isoDate: string): string => intl.formatDate(`${isoDate}T12:00:00Z`, { weekday: 'short', day: 'numeric', month: 'short' }),
    formatNumber: (n: number): string => intl.formatNumber(n),
    /** Terms joined as the language does: "e-postadresse og telefonnummer", "email address and phone number". */
    formatList: (items: readonly string[]): string => intl.formatList(items, { type: 'conjunction' }),
    formatPercent: (fraction: number | null): string =>
      fraction === null ? Missing : intl.formatNumber(fraction, { style: 'percent', maximumFractionDigits: 0 }),
    /** A wait such as "1 t 05 min" / "1 h 05 min", "3 min", or under a minute "< 1 min". */
    formatDuration: (ms: number): string => {
      if (ms < 60_000) return t('duration.underAMinute');
      const minutes = Math.floor(ms / 60_000);
      const days = Math.floor(minutes / 1440);
      const hours = Math.floor((minutes % 1440) / 60);
      if (days > 0) return t('duration.daysHours', { days, hours });
      if (hours > 0) return t('duration.hoursMinutes', { hours, minutes: minutes % 60 });
      return t('duration.minutes', { minutes });
    },
  };
}

export type Formatters = ReturnType<typeof formattersOf>;
