import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useSession } from '../api/session';
import { Notice, Page, Section } from '../components/page';
import { fill, formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useAction } from '../api/use-action';

interface Day {
  date: string;
  holiday: string | null;
  spans: { start: string; end: string }[];
}
interface OpeningException {
  id: string;
  kind: 'extended' | 'closed';
  date: string;
  opens?: string | null;
  closes?: string | null;
  reason: string;
  orderedBy?: string;
}

const hhmm = (iso: string) => (/T(\d\d:\d\d)/.exec(iso)?.[1] ?? iso);

/** Opening hours for the coming days, and extended-hours orders and closures (supervisors). */
export function OpeningHoursPage() {
  const { m, locale } = useI18n();
  const { api } = useSession();
  const [status, setStatus] = useState<{ open: boolean; closesAt: string | null; nextOpening: string | null } | null>(null);
  const [days, setDays] = useState<Day[]>([]);
  const [exceptions, setExceptions] = useState<OpeningException[]>([]);
  const [kind, setKind] = useState<'extended' | 'closed'>('extended');
  const [date, setDate] = useState('');
  const [opens, setOpens] = useState('');
  const [closes, setCloses] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();

  const load = useCallback(async () => {
    api.get<typeof status>('/api/opening-hours/status').then(setStatus, () => undefined);
    api.get<{ days: Day[] }>('/api/opening-hours').then((r) => setDays(r.days), () => undefined);
    api.get<OpeningException[] | { exceptions: OpeningException[] }>('/api/opening-hours/exceptions').then(
      (r) => setExceptions(Array.isArray(r) ? r : (r.exceptions ?? [])),
      () => undefined,
    );
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const order = async (e: FormEvent) => {
    e.preventDefault();
    const body = { kind, date, reason, ...(opens || closes ? { opens, closes } : {}) };
    const done = await action.run(() => api.post('/api/opening-hours/exceptions', body).then(() => true), m.openingHours.ordered);
    if (done) {
      setReason('');
      await load();
    }
  };
  const cancel = async (id: string) => {
    const done = await action.run(() => api.delete(`/api/opening-hours/exceptions/${id}`).then(() => true), m.openingHours.cancelled);
    if (done) await load();
  };

  return (
    <Page title={m.openingHours.title}>
      {status && (
        <p className="panel">
          <strong>{m.openingHours.now}:</strong>{' '}
          {status.open
            ? fill(m.openingHours.open, { time: formatDateTime(status.closesAt, locale) })
            : fill(m.openingHours.closed, { time: formatDateTime(status.nextOpening, locale) })}
        </p>
      )}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <div className="columns">
        <div className="column-main">
          <Section id="days" title={m.openingHours.week}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.openingHours.date}</th>
                  <th scope="col">{m.openingHours.hours}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.date}>
                    <th scope="row">{formatDate(d.date, locale)}</th>
                    <td>
                      {d.spans.length === 0 ? m.openingHours.closedDay : d.spans.map((s) => `${hhmm(s.start)}–${hhmm(s.end)}`).join(', ')}
                      {d.holiday ? ` (${m.openingHours.holiday}: ${d.holiday})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </div>
        <div className="column-side">
          <Section id="exceptions" title={m.openingHours.exceptions}>
            {exceptions.length === 0 ? (
              <p>{m.openingHours.noExceptions}</p>
            ) : (
              <ul>
                {exceptions.map((x) => (
                  <li key={x.id}>
                    {formatDate(x.date, locale)}: {x.kind === 'extended' ? m.openingHours.extended : m.openingHours.closure}
                    {x.opens ? ` ${x.opens}–${x.closes}` : ''} – {x.reason}
                    {x.orderedBy ? ` (${m.openingHours.orderedBy} ${x.orderedBy})` : ''}{' '}
                    <button type="button" className="secondary" onClick={() => void cancel(x.id)}>
                      {m.openingHours.cancel}
                      <span className="visually-hidden"> {x.date}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="order" title={m.openingHours.order}>
            <form onSubmit={order}>
              <fieldset>
                <legend>{m.openingHours.kind}</legend>
                <div className="field checkbox">
                  <input type="radio" id="kind-extended" name="kind" checked={kind === 'extended'} onChange={() => setKind('extended')} />
                  <label htmlFor="kind-extended">{m.openingHours.extended}</label>
                </div>
                <div className="field checkbox">
                  <input type="radio" id="kind-closed" name="kind" checked={kind === 'closed'} onChange={() => setKind('closed')} />
                  <label htmlFor="kind-closed">{m.openingHours.closure}</label>
                </div>
              </fieldset>
              <div className="field">
                <label htmlFor="order-date">{m.openingHours.date}</label>
                <input id="order-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
              </div>
              <div className="field inline-pair">
                <div>
                  <label htmlFor="order-opens">{m.openingHours.opens}</label>
                  <input id="order-opens" type="time" required={kind === 'extended'} value={opens} onChange={(e) => setOpens(e.target.value)} />
                </div>
                <div>
                  <label htmlFor="order-closes">{m.openingHours.closes}</label>
                  <input id="order-closes" type="time" required={kind === 'extended'} value={closes} onChange={(e) => setCloses(e.target.value)} />
                </div>
              </div>
              <div className="field">
                <label htmlFor="order-reason">{m.openingHours.reason}</label>
                <input id="order-reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
              <button type="submit" className="primary" disabled={action.busy}>
                {m.openingHours.submit}
              </button>
            </form>
          </Section>
        </div>
      </div>
    </Page>
  );
}
