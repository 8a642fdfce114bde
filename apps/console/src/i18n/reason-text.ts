import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { ReasonTermParams, type DecisionReason } from '@inquiry-router/contracts/vocabulary';
import { useTargetLabel } from '../components/target-label';
import type { MessageKey, MessageValue } from './catalogue';
import { useI18n } from './i18n';

type TermKind = (typeof ReasonTermParams)[keyof typeof ReasonTermParams];

/** The catalogue key of a reason code's message. */
export const reasonMessageKey = (code: DecisionReason['code']): MessageKey => `reason.code.${code}` as MessageKey;

/**
 * A decision's reason in the reader's language: its code's ICU message, with the values that are
 * vocabulary terms (a category, a target, a channel, identity keys) by their names and times as times.
 */
export function useReasonText(): (reason: DecisionReason) => string {
  const { label, formatList } = useI18n();
  const intl = useIntl();
  const targetLabel = useTargetLabel();
  return useCallback(
    ({ code, params }) => {
      // A bracketed signal of the text model ("[agency:nav]") by its name; a quoted word as it is.
      const signalText = (feature: string): string => {
        const signal = /^\[([a-z-]+)(?::(.+))?\]$/.exec(feature);
        if (!signal) return feature;
        const [, name, arg = ''] = signal;
        const key = `reason.signal.${name}` as MessageKey;
        if (!(key in intl.messages)) return feature;
        return intl.formatMessage({ id: key }, { arg: name === 'category' || name === 'ivr' ? label('category', arg) : arg });
      };
      const term = (kind: TermKind, value: string | number): MessageValue => {
        const text = String(value);
        switch (kind) {
          case 'category':
            return text === '' ? text : label('category', text);
          case 'case-type':
            return label('actions.caseTypes', text);
          case 'target':
            return targetLabel(text);
          case 'route':
            return text === '-' ? text : text === 'technical' ? label('kind', text) : targetLabel(text);
          case 'channel':
            return label('channel', text);
          case 'identity-keys':
            return formatList(text === '' ? [] : text.split(',').map((k) => label('inquirer.keys', k)));
          case 'time':
            return new Date(text);
          case 'model-features':
            return text
              .split(', ')
              .filter((f) => f !== '')
              .map(signalText)
              .join(', ');
        }
      };
      const values = Object.fromEntries(
        Object.entries(params).map(([name, value]) => {
          const kind = (ReasonTermParams as Record<string, TermKind | undefined>)[name];
          return [name, kind ? term(kind, value) : value];
        }),
      );
      return intl.formatMessage({ id: reasonMessageKey(code) }, values);
    },
    [intl, label, formatList, targetLabel],
  );
}
