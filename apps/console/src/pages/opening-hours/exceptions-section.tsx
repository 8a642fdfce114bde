import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { OpeningException } from './use-opening-hours';

/** Extended hours and closures ordered, each one to take back. */
export function ExceptionsSection({ exceptions, onCancel }: { exceptions: OpeningException[]; onCancel: (id: string) => void }) {
  const { m, locale } = useI18n();
  return (
    <Section id="exceptions" title={m.openingHours.exceptions}>
      <ItemList items={exceptions} empty={m.openingHours.noExceptions} itemKey={(x) => x.id}>
        {(x) => (
          <>
            {formatDate(x.date, locale)}: {x.kind === 'extended' ? m.openingHours.extended : m.openingHours.closure}
            {x.opens ? ` ${x.opens}–${x.closes}` : ''} – {x.reason}
            {x.orderedBy ? ` (${m.openingHours.orderedBy} ${x.orderedBy})` : ''}{' '}
            <button type="button" className="secondary" onClick={() => onCancel(x.id)}>
              {m.openingHours.cancel}
              <span className="visually-hidden"> {x.date}</span>
            </button>
          </>
        )}
      </ItemList>
    </Section>
  );
}
