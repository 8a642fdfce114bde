import { useI18n } from '../../i18n/i18n';
import type { SatisfactionPeriod } from './use-satisfaction';

/** The days the figures cover: two dates, both included. */
export function PeriodForm({ period, onPeriod }: { period: SatisfactionPeriod; onPeriod: (period: SatisfactionPeriod) => void }) {
  const { t } = useI18n();
  return (
    <form className="panel" aria-label={t('satisfaction.period')} onSubmit={(e) => e.preventDefault()}>
      <div className="field inline-pair">
        <div>
          <label htmlFor="satisfaction-from">{t('satisfaction.from')}</label>
          <input
            id="satisfaction-from"
            type="date"
            required
            value={period.from}
            max={period.to}
            onChange={(e) => e.target.value && onPeriod({ ...period, from: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor="satisfaction-to">{t('satisfaction.to')}</label>
          <input
            id="satisfaction-to"
            type="date"
            required
            value={period.to}
            min={period.from}
            onChange={(e) => e.target.value && onPeriod({ ...period, to: e.target.value })}
          />
        </div>
      </div>
    </form>
  );
}
