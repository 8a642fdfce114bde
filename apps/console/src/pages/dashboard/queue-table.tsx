import { LiveQueueView } from '../../api/types';
import { Section } from '../../components/page';
import { formatDuration, formatNumber, formatPercent } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

/** Per queue: waiting, reserved, in progress, longest wait, at risk, past due and today's service level. */
export function QueueTable({ queues, now }: { queues: LiveQueueView[]; now: number }) {
  const { m, locale } = useI18n();
  return (
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
          {queues.map((q) => (
            <tr key={q.queue} data-testid={`queue-row-${q.queue}`}>
              <th scope="row">{label(m.queue, q.queue)}</th>
              <td data-testid={`waiting-${q.queue}`} className="num big">
                {formatNumber(q.waiting, locale)}
              </td>
              <td className="num">{formatNumber(q.reserved, locale)}</td>
              <td className="num">{formatNumber(q.inProgress, locale)}</td>
              <td className="num">
                {q.oldestReceivedAt ? formatDuration(now - Date.parse(q.oldestReceivedAt), locale) : m.dashboard.none}
              </td>
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
  );
}
