import { RangeFields } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import type { SatisfactionPeriod } from './use-satisfaction';

/** The days the figures cover: two dates, both included. */
export function PeriodForm({ period, onPeriod }: { period: SatisfactionPeriod; onPeriod: (period: SatisfactionPeriod) => void }) {
  const { t } = useI18n();
  return (
    <form className="panel" aria-label={t('satisfaction.period')} onSubmit={(e) => e.preventDefault()}>
      <RangeFields
        type="date"
        ordered
        from={{
          id: 'satisfaction-from',
          label: t('satisfaction.from'),
          value: period.from,
          onChange: (from) => from && onPeriod({ ...period, from }),
        }}
        to={{ id: 'satisfaction-to', label: t('satisfaction.to'), value: period.to, onChange: (to) => to && onPeriod({ ...period, to }) }}
      />
    </form>
  );
}
