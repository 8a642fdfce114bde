import { useEffect, useState } from 'react';
import { useSession } from '../api/session';
import { BarChart, rowsOf } from '../components/bar-chart';
import { Page, Section } from '../components/page';
import { fill, formatDateTime, formatDuration, formatNumber, formatPercent, formatTime } from '../i18n/format';
import { label, useI18n } from '../i18n/i18n';
import { useLiveOverview, useNow } from '../live/use-live-overview';
import { Link } from '../router';

interface FailedDelivery {
  inquiryId: string;
  agency: string;
  attempts: number;
  lastError: string | null;
  forwardedAt: string;
  failedAt?: string | null;
}

/** The supervisors' overview, kept current by the workdesk's event stream. */
export function DashboardPage() {
  const { m, locale } = useI18n();
  const { session, api } = useSession();
  const { overview, state, receivedAt } = useLiveOverview(session?.token ?? null);
  const now = useNow(5000);
  const [failed, setFailed] = useState<FailedDelivery[]>([]);
  const failedCount = overview?.agencies.failed;
  useEffect(() => {
    api.get<FailedDelivery[]>('/api/agency-deliveries?status=failed&limit=20').then(setFailed, () => setFailed([]));
  }, [api, failedCount]);

  const stateText = state === 'live' ? m.dashboard.live : state === 'connecting' ? m.dashboard.connecting : m.dashboard.disconnected;
  const t = overview?.today;
  const chartProps = { locale, countHeader: m.dashboard.count, empty: m.dashboard.noneToday };

  return (
    <Page
      title={m.dashboard.title}
      actions={
        <p className={`live-state live-${state}`} data-testid="live-state">
          <span aria-hidden="true" className="live-dot" /> <span role="status">{stateText}</span>
          {receivedAt ? ` · ${fill(m.dashboard.updated, { time: formatTime(receivedAt.toISOString(), locale) })}` : ''}
        </p>
      }
    >
      <Section id="queues" title={m.dashboard.queues}>
        <table className="queues">
          <thead>
            <tr>
              <th scope="col">{m.dashboard.queue}</th>
              <th scope="col">{m.dashboard.waiting}</th>
              <th scope="col">{m.dashboard.reserved}</th>
              <th scope="col">{m.dashboard.inProgress}</th>
              <th scope="col">{m.dashboard.oldestWait}</th>
              <th scope="col">{m.dashboard.atRisk}</th>
              <th scope="col">{m.dashboard.breached}</th>
              <th scope="col">{m.dashboard.serviceLevel}</th>
            </tr>
          </thead>
          <tbody>
            {(overview?.queues ?? []).map((q) => (
              <tr key={q.queue} data-testid={`queue-row-${q.queue}`}>
                <th scope="row">{label(m.queue, q.queue)}</th>
                <td data-testid={`waiting-${q.queue}`} className="num big">
                  {formatNumber(q.waiting, locale)}
                </td>
                <td className="num">{formatNumber(q.reserved, locale)}</td>
                <td className="num">{formatNumber(q.inProgress, locale)}</td>
                <td className="num">{q.oldestReceivedAt ? formatDuration(now - Date.parse(q.oldestReceivedAt), locale) : m.dashboard.none}</td>
                <td className={`num${q.atRisk > 0 ? ' warn' : ''}`}>{formatNumber(q.atRisk, locale)}</td>
                <td className={`num${q.breached > 0 ? ' bad' : ''}`}>{formatNumber(q.breached, locale)}</td>
                <td className="num">
                  {formatPercent(q.serviceLevel, locale)}
                  {q.resolvedToday > 0 ? ` (${q.resolvedWithinTarget}/${q.resolvedToday})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <div className="columns">
        <div className="column-main">
          <Section id="at-risk" title={m.dashboard.atRiskList}>
            {!overview || overview.atRisk.length === 0 ? (
              <p>{m.dashboard.atRiskEmpty}</p>
            ) : (
              <ul>
                {overview.atRisk.map((r) => (
                  <li key={r.id}>
                    <Link to={`/inquiries/${encodeURIComponent(r.id)}`}>{r.subject || r.id}</Link> – {label(m.queue, r.queue)}, {label(m.channel, r.channel)},{' '}
                    {r.breached ? m.dashboard.breached : m.inquiry.due} {formatDateTime(r.dueAt, locale)}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="today" title={m.dashboard.today}>
            <p data-testid="today-total">{fill(m.dashboard.total, { n: formatNumber(t?.total ?? 0, locale) })}</p>
            <div className="charts">
              <BarChart caption={m.dashboard.byChannel} nameHeader={m.inquiry.channel} rows={rowsOf(t?.byChannel ?? {}, (k) => label(m.channel, k))} {...chartProps} />
              <BarChart caption={m.dashboard.byTarget} nameHeader={m.inquiry.target} rows={rowsOf(t?.byTarget ?? {}, (k) => (k === 'agency' ? m.inquiry.agency : label(m.queue, k)))} {...chartProps} />
              <BarChart caption={m.dashboard.byCategory} nameHeader={m.inquiry.category} rows={rowsOf(t?.byCategory ?? {}, (k) => k)} {...chartProps} />
              <BarChart caption={m.dashboard.byAgency} nameHeader={m.inquiry.agency} rows={rowsOf(t?.byAgency ?? {}, (k) => k.toUpperCase())} {...chartProps} />
            </div>
          </Section>
        </div>

        <div className="column-side">
          <Section id="advisers" title={m.dashboard.advisers}>
            {!overview || overview.advisers.length === 0 ? (
              <p>{m.dashboard.noAdvisers}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m.dashboard.adviser}</th>
                    <th scope="col">{m.dashboard.presence}</th>
                    <th scope="col">{m.dashboard.load}</th>
                    <th scope="col">{m.dashboard.lastSeen}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.advisers.map((a) => (
                    <tr key={a.username}>
                      <th scope="row">{a.username}</th>
                      <td>
                        <span className={`presence presence-${a.presence}`}>{label(m.presence, a.presence)}</span>
                      </td>
                      <td>
                        {Object.entries(a.capacity)
                          .map(([channel, cap]) => `${label(m.channel, channel)} ${a.load[channel] ?? 0}/${cap}`)
                          .join(', ')}
                      </td>
                      <td>{formatTime(a.lastSeenAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>

          <Section id="agencies" title={m.dashboard.agencies}>
            <h3>
              {m.dashboard.awaitingAck}: <span data-testid="awaiting-ack">{overview?.agencies.awaitingAcknowledgement ?? 0}</span>
            </h3>
            {!overview || overview.agencies.oldestAwaiting.length === 0 ? (
              <p>{m.dashboard.noAwaiting}</p>
            ) : (
              <ul>
                {overview.agencies.oldestAwaiting.map((a) => (
                  <li key={`${a.inquiryId}-${a.agency}`}>
                    <Link to={`/inquiries/${encodeURIComponent(a.inquiryId)}`}>{a.inquiryId}</Link> – {a.agency.toUpperCase()}, {a.status},{' '}
                    {formatDuration(now - Date.parse(a.forwardedAt), locale)}
                  </li>
                ))}
              </ul>
            )}
            <h3>
              {m.dashboard.failedDeliveries}: <span data-testid="failed-deliveries">{overview?.agencies.failed ?? 0}</span>
            </h3>
            {failed.length === 0 ? (
              <p>{m.dashboard.noFailed}</p>
            ) : (
              <ul>
                {failed.map((f) => (
                  <li key={`${f.inquiryId}-${f.agency}`}>
                    <Link to={`/inquiries/${encodeURIComponent(f.inquiryId)}`}>{f.inquiryId}</Link> – {f.agency.toUpperCase()}, {m.dashboard.attempts} {f.attempts}
                    {f.lastError ? `: ${f.lastError}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </Page>
  );
}
