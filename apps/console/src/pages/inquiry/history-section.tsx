import { InquiryView } from '../../api/types';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** What happened to the inquiry, oldest first, with who did it and their note. */
export function HistorySection({ history }: { history: InquiryView['history'] }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <Section id="history" title={t('inquiry.history')}>
      <ol className="history">
        {history.map((h, n) => (
          <li key={n}>
            <time dateTime={h.at}>{formatDateTime(h.at)}</time> <strong>{label('historyEvent', h.event)}</strong>
            {h.actor ? ` – ${label('historyActor', h.actor)}` : ''}
            {typeof h.details.note === 'string' && h.details.note ? `: ${h.details.note}` : ''}
          </li>
        ))}
      </ol>
    </Section>
  );
}
