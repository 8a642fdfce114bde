import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

const Keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/**
 * A phone's keypad for a `<Gather>` of keys: with `numDigits`, the keys go as soon as that many are
 * pressed; without, `#` sends those pressed before it (Twilio's finishOnKey), as a phone does.
 */
export function Keypad({ numDigits, busy, onDigits }: { numDigits: number | null; busy: boolean; onDigits: (digits: string) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const press = (key: (typeof Keys)[number]) => {
    if (numDigits === null && key === '#') {
      setTyped('');
      onDigits(typed);
      return;
    }
    const next = typed + key;
    if (numDigits !== null && next.length >= numDigits) {
      setTyped('');
      onDigits(next);
    } else setTyped(next);
  };
  return (
    <fieldset className="keypad">
      <legend>{t('phone.call.keypad')}</legend>
      <div className="keypad-keys">
        {Keys.map((key) => (
          <button
            key={key}
            type="button"
            className="secondary"
            aria-label={t('phone.call.key', { key })}
            disabled={busy}
            onClick={() => press(key)}
          >
            {key}
          </button>
        ))}
      </div>
      {typed && (
        <p className="hint" role="status">
          {t('phone.call.typed', { digits: typed })}
        </p>
      )}
    </fieldset>
  );
}
