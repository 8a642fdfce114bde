import { FormEvent, useState } from 'react';
import type { DevelopmentPhoneView, PhoneLine } from '@inquiry-router/contracts/views';
import { Field, hintId, SelectField } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Which number to call, and from which (empty: a number of its own); placing a call leaves any call before it. */
export function PlaceCallForm({
  lines,
  busy,
  again,
  onPlace,
}: {
  lines: DevelopmentPhoneView['lines'];
  busy: boolean;
  /** A call was placed before: the button says "call again". */
  again: boolean;
  onPlace: (line: PhoneLine, from: string) => void;
}) {
  const { t } = useI18n();
  const [line, setLine] = useState<PhoneLine>('support');
  const [from, setFrom] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPlace(line, from);
  };
  return (
    <Section id="place-call" title={t('phone.place.title')}>
      <form onSubmit={submit}>
        <SelectField
          id="phone-line"
          label={t('phone.place.line')}
          value={line}
          choices={lines.map((l) => ({ value: l.line, label: t(`phone.place.lines.${l.line}`, { number: l.number }) }))}
          onChange={setLine}
        />
        <Field id="phone-from" label={t('phone.place.from')} hint={t('phone.place.fromHint')}>
          <input
            id="phone-from"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder="+4791234567"
            value={from}
            aria-describedby={hintId('phone-from')}
            onChange={(e) => setFrom(e.target.value)}
          />
        </Field>
        <button type="submit" className="primary" disabled={busy || lines.length === 0}>
          {again ? t('phone.place.again') : t('phone.place.call')}
        </button>
      </form>
    </Section>
  );
}
