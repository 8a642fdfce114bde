import { LiveOverview } from '../../api/types';
import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { formatDateTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** Waiting inquiries close to or past their due time. */
export function AtRiskSection({ atRisk }: { atRisk: LiveOverview['atRisk'] }) {
  const { m, locale } = useI18n();
  return (
    <Section id="at-risk" title={m.dashboard.atRiskList}>
      <ItemList items={atRisk} empty={m.dashboard.atRiskEmpty} itemKey={(r) => r.id}>
        {(r) => (
          <>
            <Link to={`/inquiries/${encodeURIComponent(r.id)}`}>{r.subject || r.id}</Link> – {label(m.queue, r.queue)},{' '}
            {label(m.channel, r.channel)}, {r.breached ? m.dashboard.breached : m.inquiry.due} {formatDateTime(r.dueAt, locale)}
          </>
        )}
      </ItemList>
    </Section>
  );
}
