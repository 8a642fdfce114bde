import { LiveQueueView } from '../../api/types';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** How many wait in each queue, as the live overview streams it. */
export function QueuesNow({ queues }: { queues: LiveQueueView[] }) {
  const { t, label } = useI18n();
  return (
    <Section id="queues-now" title={t('work.queueNow')}>
      <ul className="stat-row">
        {queues.map((q) => (
          <li key={q.queue} className="stat" data-testid={`queue-waiting-${q.queue}`}>
            <span className="stat-label">{label('queue', q.queue)}</span>
            <span className="stat-value">{q.waiting}</span>
            <span className="stat-unit">{t('work.waiting')}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
