import { LiveOverview } from '../../api/types';
import { Listing } from '../../components/listing';
import { Section } from '../../components/page';
import { formatDateTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** Waiting inquiries close to or past their due time. */
export function AtRiskSection({ atRisk }: { atRisk: LiveOverview['atRisk'] }) {
  const { m, locale } = useI18n();
  return (
    <Section id="at-risk" title={m.dashboard.atRiskList}>
      <Listing items={atRisk} empty={m.dashboard.atRiskEmpty}>
        {(items) => (
          <ul>
            {items.map((r) => (
              <li key={r.id}>
                <Link to={`/inquiries/${encodeURIComponent(r.id)}`}>{r.subject || r.id}</Link> – {label(m.queue, r.queue)},{' '}
                {label(m.channel, r.channel)}, {r.breached ? m.dashboard.breached : m.inquiry.due} {formatDateTime(r.dueAt, locale)}
              </li>
            ))}
          </ul>
        )}
      </Listing>
    </Section>
  );
}
