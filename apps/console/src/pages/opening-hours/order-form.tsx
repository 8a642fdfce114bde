import { FormEvent, useState } from 'react';
import type { OpeningExceptionOrder } from '@inquiry-router/contracts/views';
import { Field, RangeFields } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Orders extended hours or a closure for a day; `onOrder` answers whether it was taken. */
export function OrderForm({ busy, onOrder }: { busy: boolean; onOrder: (order: OpeningExceptionOrder) => Promise<boolean> }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'extended' | 'closed'>('extended');
  const [date, setDate] = useState('');
  const [opens, setOpens] = useState('');
  const [closes, setCloses] = useState('');
  const [reason, setReason] = useState('');

  const order = async (e: FormEvent) => {
    e.preventDefault();
    if (await onOrder({ kind, date, reason, ...(opens || closes ? { opens, closes } : {}) })) setReason('');
  };

  return (
    <Section id="order" title={t('openingHours.order')}>
      <form onSubmit={(e) => void order(e)}>
        <fieldset>
          <legend>{t('openingHours.kind')}</legend>
          <div className="field checkbox">
            <input type="radio" id="kind-extended" name="kind" checked={kind === 'extended'} onChange={() => setKind('extended')} />
            <label htmlFor="kind-extended">{t('openingHours.extended')}</label>
          </div>
          <div className="field checkbox">
            <input type="radio" id="kind-closed" name="kind" checked={kind === 'closed'} onChange={() => setKind('closed')} />
            <label htmlFor="kind-closed">{t('openingHours.closure')}</label>
          </div>
        </fieldset>
        <Field id="order-date" label={t('openingHours.date')}>
          <input id="order-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <RangeFields
          type="time"
          required={kind === 'extended'}
          from={{ id: 'order-opens', label: t('openingHours.opens'), value: opens, onChange: setOpens }}
          to={{ id: 'order-closes', label: t('openingHours.closes'), value: closes, onChange: setCloses }}
        />
        <Field id="order-reason" label={t('openingHours.reason')}>
          <input id="order-reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('openingHours.submit')}
        </button>
      </form>
    </Section>
  );
}
