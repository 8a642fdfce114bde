import type { OpeningExceptionView } from '@inquiry-router/contracts/views';
import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Extended hours and closures ordered, each one to take back. */
export function ExceptionsSection({ exceptions, onCancel }: { exceptions: OpeningExceptionView[]; onCancel: (id: string) => void }) {
  const { t, formatDate } = useI18n();
  return (
    <Section id="exceptions" title={t('openingHours.exceptions')}>
      <ItemList items={exceptions} empty={t('openingHours.noExceptions')} itemKey={(x) => x.id}>
        {(x) => (
          <>
            {formatDate(x.date)}: {x.kind === 'extended' ? t('openingHours.extended') : t('openingHours.closure')}
            {x.opens ? ` ${x.opens}–${x.closes}` : ''} – {x.reason}
            {` (${t('openingHours.orderedBy')} ${x.orderedBy})`}{' '}
            <button type="button" className="secondary" onClick={() => onCancel(x.id)}>
              {t('openingHours.cancel')}
              <span className="visually-hidden"> {x.date}</span>
            </button>
          </>
        )}
      </ItemList>
    </Section>
  );
}
