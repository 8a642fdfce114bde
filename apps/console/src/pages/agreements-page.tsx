import { FormEvent, useCallback, useEffect, useState } from 'react';
import { useSession } from '../api/session';
import { Notice, Page, Section } from '../components/page';
import { fill, formatDateTime, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useAction } from '../api/use-action';

interface Agreement {
  code: string;
  name: string;
  [k: string]: unknown;
}
interface Draft {
  id: string;
  baseVersion: string;
  status: string;
  createdBy: string;
  createdAt: string;
  comment: string | null;
}
interface Simulation {
  draftId: string | null;
  staleDraft: boolean;
  replayed: number;
  changed: number;
  targetChanged: number;
  days: number;
}

/** The agency agreements: edit one into a draft, simulate the draft on recent inquiries, then publish it. */
export function AgreementsPage() {
  const { m, locale } = useI18n();
  const { api } = useSession();
  const [version, setVersion] = useState('');
  const [agencies, setAgencies] = useState<Agreement[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [editing, setEditing] = useState<Agreement | null>(null);
  const [json, setJson] = useState('');
  const [comment, setComment] = useState('');
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const action = useAction();

  const load = useCallback(async () => {
    api.get<{ version: string; agencies: Agreement[] }>('/api/policy/agencies').then(
      (r) => {
        setVersion(r.version);
        setAgencies(r.agencies);
      },
      () => undefined,
    );
    api.get<Draft[]>('/api/policy/drafts?status=draft').then(setDrafts, () => setDrafts([]));
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const edit = (a: Agreement) => {
    setEditing(a);
    setJson(JSON.stringify(a, null, 2));
    setComment('');
  };

  const saveDraft = async (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    let agreement: unknown;
    try {
      agreement = JSON.parse(json);
    } catch {
      action.setError(m.agreements.invalidJson);
      return;
    }
    const done = await action.run(
      () => api.put(`/api/policy/agencies/${encodeURIComponent(editing.code)}`, comment ? { agreement, comment } : { agreement }).then(() => true),
      m.agreements.draftSaved,
    );
    if (done) {
      setEditing(null);
      await load();
    }
  };

  const simulate = async (id: string) => {
    const result = await action.run(() => api.post<Simulation>('/api/policy/simulate', { draftId: id }));
    if (result) setSimulation(result);
  };
  const publish = async (id: string) => {
    const result = await action.run(() => api.post<{ version: string }>(`/api/policy/drafts/${id}/publish`));
    if (result) {
      action.setOk(fill(m.agreements.published, { version: result.version }));
      setSimulation(null);
      await load();
    }
  };
  const discard = async (id: string) => {
    const done = await action.run(() => api.post(`/api/policy/drafts/${id}/discard`).then(() => true));
    if (done) {
      if (simulation?.draftId === id) setSimulation(null);
      await load();
    }
  };

  return (
    <Page title={m.agreements.title}>
      {version && <p>{fill(m.agreements.active, { version })}</p>}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <div className="columns">
        <div className="column-main">
          <Section id="agreements" title={m.agreements.list}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{m.agreements.code}</th>
                  <th scope="col">{m.agreements.name}</th>
                  <th scope="col">
                    <span className="visually-hidden">{m.agreements.edit}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {agencies.map((a) => (
                  <tr key={a.code}>
                    <th scope="row">{a.code}</th>
                    <td>{a.name}</td>
                    <td>
                      <button type="button" className="secondary" onClick={() => edit(a)}>
                        {m.agreements.edit}
                        <span className="visually-hidden"> {a.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          {editing && (
            <Section id="edit" title={fill(m.agreements.editing, { name: editing.name })}>
              <form onSubmit={saveDraft}>
                <div className="field">
                  <label htmlFor="agreement-json">{m.agreements.json}</label>
                  <textarea id="agreement-json" className="code" rows={18} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} autoFocus />
                </div>
                <div className="field">
                  <label htmlFor="agreement-comment">{m.agreements.comment}</label>
                  <input id="agreement-comment" value={comment} onChange={(e) => setComment(e.target.value)} />
                </div>
                <div className="form-buttons">
                  <button type="submit" className="primary" disabled={action.busy}>
                    {m.agreements.saveDraft}
                  </button>
                  <button type="button" className="secondary" onClick={() => setEditing(null)}>
                    {m.actions.cancel}
                  </button>
                </div>
              </form>
            </Section>
          )}
        </div>
        <div className="column-side">
          <Section id="drafts" title={m.agreements.drafts}>
            {drafts.length === 0 ? (
              <p>{m.agreements.noDrafts}</p>
            ) : (
              <ul className="drafts">
                {drafts.map((d) => (
                  <li key={d.id}>
                    <p>
                      <strong>{d.comment || d.id.slice(0, 8)}</strong> – {m.agreements.createdBy} {d.createdBy}, {formatDateTime(d.createdAt, locale)}
                    </p>
                    <div className="form-buttons">
                      <button type="button" onClick={() => void simulate(d.id)} disabled={action.busy}>
                        {m.agreements.simulate}
                      </button>
                      <button
                        type="button"
                        className="primary"
                        onClick={() => void publish(d.id)}
                        disabled={action.busy || simulation?.draftId !== d.id || simulation.staleDraft}
                        aria-describedby={simulation?.draftId !== d.id ? `publish-hint-${d.id}` : undefined}
                      >
                        {m.agreements.publish}
                      </button>
                      <button type="button" className="secondary" onClick={() => void discard(d.id)} disabled={action.busy}>
                        {m.agreements.discard}
                      </button>
                    </div>
                    {simulation?.draftId !== d.id && (
                      <p id={`publish-hint-${d.id}`} className="hint">
                        {m.agreements.simulateFirst}
                      </p>
                    )}
                    {simulation?.draftId === d.id && (
                      <div role="status">
                        <h3>{fill(m.agreements.simulation, { id: d.id.slice(0, 8) })}</h3>
                        <dl className="facts">
                          <div>
                            <dt>{m.agreements.replayed}</dt>
                            <dd>{formatNumber(simulation.replayed, locale)}</dd>
                          </div>
                          <div>
                            <dt>{m.agreements.changed}</dt>
                            <dd>{formatNumber(simulation.changed, locale)}</dd>
                          </div>
                          <div>
                            <dt>{m.agreements.targetChanged}</dt>
                            <dd>{formatNumber(simulation.targetChanged, locale)}</dd>
                          </div>
                        </dl>
                        {simulation.staleDraft && <Notice kind="error">{m.agreements.stale}</Notice>}
                      </div>
                    )}
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
