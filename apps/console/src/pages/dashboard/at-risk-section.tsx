import { LiveOverview } from '../../api/types';
import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';

/** Waiting inquiries close to or past their due time. */
export function AtRiskSection({ atRisk }: { atRisk: LiveOverview['atRisk'] }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <Section id="at-risk" title={t('dashboard.atRiskList')}>
      <ItemList items={atRisk} empty={t('dashboard.atRiskEmpty')} itemKey={(r) => r.id}>
        {(r) => (
          <>
            <Link to={inquiryPath(r.id)}>{r.subject || r.id}</Link> – {label('queue', r.queue)}, {label('channel', r.channel)},{' '}
            {r.breached ? t('dashboard.breached') : t('inquiry.due')} {formatDateTime(r.dueAt)}
          </>
        )}
      </ItemList>
    </Section>
  );
}
