import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../api/session';
import { HeldInquiry, InquiryView, Presence, Presences, Queues } from '../api/types';
import { Notice, Page, Section } from '../components/page';
import { fill, formatDateTime } from '../i18n/format';
import { label, useI18n } from '../i18n/i18n';
import { useShortcuts } from '../keyboard/shortcuts';
import { useLiveOverview } from '../live/use-live-overview';
import { Link, useRouter } from '../router';
import { useAction } from '../api/use-action';

/** The adviser's own page: presence, "next inquiry", what they hold, and how the queues stand. */
export function WorkPage() {
  const { m, locale } = useI18n();
  const { api, session } = useSession();
  const { navigate } = useRouter();
  const [presence, setPresence] = useState<Presence | null>(null);
  const [queue, setQueue] = useState<string>('any');
  const [held, setHeld] = useState<HeldInquiry[] | null>(null);
  const action = useAction();
  const { overview } = useLiveOverview(session?.token ?? null);

  const loadHeld = useCallback(() => api.get<HeldInquiry[]>('/api/work/mine').then(setHeld, () => setHeld([])), [api]);
  useEffect(() => {
    void loadHeld();
    api.post<{ presence: Presence }>('/api/advisers/me/heartbeat').then((a) => setPresence(a.presence), () => undefined);
  }, [api, loadHeld]);

  const changePresence = async (next: Presence) => {
    setPresence(next);
    await action.run(() => api.put('/api/advisers/me/presence', { presence: next }), fill(m.presence.saved, { presence: m.presence[next] }));
    if (next === 'offline') void loadHeld();
  };

  const next = async () => {
    if (action.busy) return;
    const claimed = await action.run(async () => {
      const reserved = await api.post<InquiryView | undefined>(queue === 'any' ? '/api/work/claim' : `/api/queues/${queue}/claim`);
      if (!reserved) return null;
      await api.post(`/api/inquiries/${encodeURIComponent(reserved.inquiry.id)}/accept`);
      return reserved.inquiry.id;
    });
    if (claimed === null) action.setOk(m.work.nothingWaiting);
    else if (claimed) navigate(`/inquiries/${encodeURIComponent(claimed)}`);
    else void loadHeld();
  };

  useShortcuts({ next: () => void next() });

  const accept = async (id: string) => {
    const done = await action.run(() => api.post(`/api/inquiries/${encodeURIComponent(id)}/accept`).then(() => true), m.actions.done.accept);
    if (done) navigate(`/inquiries/${encodeURIComponent(id)}`);
  };

  return (
    <Page title={m.work.title}>
      <div className="toolbar panel">
        <div className="field inline">
          <label htmlFor="presence">{m.presence.label}</label>
          <select id="presence" value={presence ?? ''} onChange={(e) => void changePresence(e.target.value as Presence)}>
            {presence === null && <option value="">–</option>}
            {Presences.map((p) => (
              <option key={p} value={p}>
                {m.presence[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="claim-queue">{m.queue.label}</label>
          <select id="claim-queue" value={queue} onChange={(e) => setQueue(e.target.value)}>
            <option value="any">{m.queue.any}</option>
            {Queues.map((q) => (
              <option key={q} value={q}>
                {m.queue[q]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="primary" onClick={() => void next()} disabled={action.busy} aria-keyshortcuts="n">
          {m.work.next} <kbd aria-hidden="true">N</kbd>
        </button>
      </div>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>

      <Section id="mine" title={m.work.mine}>
        {held === null ? null : held.length === 0 ? (
          <p>{m.work.mineEmpty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{m.work.subject}</th>
                <th scope="col">{m.inquiry.channel}</th>
                <th scope="col">{m.queue.label}</th>
                <th scope="col">{m.inquiry.status}</th>
                <th scope="col">{m.work.received}</th>
                <th scope="col">{m.work.due}</th>
              </tr>
            </thead>
            <tbody>
              {held.map((h) => (
                <tr key={h.id}>
                  <th scope="row">
                    <Link to={`/inquiries/${encodeURIComponent(h.id)}`}>{h.subject || h.id}</Link>
                  </th>
                  <td>{label(m.channel, h.channel)}</td>
                  <td>{label(m.queue, h.queue)}</td>
                  <td>
                    {h.status === 'reserved' ? (
                      <>
                        {fill(m.work.reservedUntil, { time: formatDateTime(h.reservedUntil, locale) })}{' '}
                        <button type="button" className="secondary" onClick={() => void accept(h.id)}>
                          {m.work.accept}
                          <span className="visually-hidden"> {h.subject || h.id}</span>
                        </button>
                      </>
                    ) : (
                      label(m.status, h.status)
                    )}
                  </td>
                  <td>{formatDateTime(h.receivedAt, locale)}</td>
                  <td>{formatDateTime(h.dueAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="queues-now" title={m.work.queueNow}>
        <ul className="stat-row">
          {(overview?.queues ?? []).map((q) => (
            <li key={q.queue} className="stat" data-testid={`queue-waiting-${q.queue}`}>
              <span className="stat-label">{label(m.queue, q.queue)}</span>
              <span className="stat-value">{q.waiting}</span>
              <span className="stat-unit">{m.work.waiting}</span>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
