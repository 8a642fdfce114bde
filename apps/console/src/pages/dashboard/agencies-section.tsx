import type { AgencyDeliveryView } from '@inquiry-router/contracts/views';
import { LiveOverview } from '../../api/types';
import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';

const noneAwaiting: LiveOverview['agencies'] = { awaitingAcknowledgement: 0, failed: 0, oldestAwaiting: [] };

/** The list key of an inquiry forwarded to an agency. */
const forwardingKey = (f: { inquiryId: string; agency: string }) => `${f.inquiryId}-${f.agency}`;

/** Forwarded inquiries: those whose agency has not acknowledged them yet, and those that could not be delivered. */
export function AgenciesSection({
  agencies,
  failed,
  now,
}: {
  agencies: LiveOverview['agencies'] | undefined;
  failed: AgencyDeliveryView[];
  now: number;
}) {
  const { t, formatDuration } = useI18n();
  const a = agencies ?? noneAwaiting;
  return (
    <Section id="agencies" title={t('dashboard.agencies')}>
      <h3>
        {t('dashboard.awaitingAck')}: <span data-testid="awaiting-ack">{a.awaitingAcknowledgement}</span>
      </h3>
      <ItemList items={a.oldestAwaiting} empty={t('dashboard.noAwaiting')} itemKey={forwardingKey}>
        {(w) => (
          <>
            <Link to={inquiryPath(w.inquiryId)}>{w.inquiryId}</Link> – {w.agency.toUpperCase()}, {w.status},{' '}
            {formatDuration(now - Date.parse(w.forwardedAt))}
          </>
        )}
      </ItemList>
      <h3>
        {t('dashboard.failedDeliveries')}: <span data-testid="failed-deliveries">{a.failed}</span>
      </h3>
      <ItemList items={failed} empty={t('dashboard.noFailed')} itemKey={forwardingKey}>
        {(f) => (
          <>
            <Link to={inquiryPath(f.inquiryId)}>{f.inquiryId}</Link> – {f.agency.toUpperCase()},{' '}
            {t('dashboard.attempts', { count: f.attempts })}
            {f.lastError ? `: ${f.lastError}` : ''}
          </>
        )}
      </ItemList>
    </Section>
  );
}
