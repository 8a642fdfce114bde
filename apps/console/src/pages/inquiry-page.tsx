import { FormEvent, KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-client';
import { useSession } from '../api/session';
import { CaseStatuses, CaseTypes, CaseView, InquiryView, Queues, TechnicalCategories } from '../api/types';
import { Notice, Page, Section } from '../components/page';
import { fill, formatDateTime, formatPercent } from '../i18n/format';
import { label, useI18n } from '../i18n/i18n';
import { useShortcuts } from '../keyboard/shortcuts';
import { Link } from '../router';
import { useAction } from './use-action';

type Mode = 'answer' | 'escalate' | 'forward' | 'reclassify' | 'servicedesk' | 'put-back';

function describeParty(from: Record<string, unknown>): string {
  const parts = ['name', 'email', 'phone', 'handle'].map((k) => from[k]).filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.join(' · ') || '–';
}

/** Ctrl/Cmd+Enter in a text field submits its form. */
function submitOnCtrlEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

/** One inquiry: the message, its conversation and attachments, the routing decision with its reasons, and the actions. */
export function InquiryPage({ id }: { id: string }) {
  const { m, locale } = useI18n();
  const { api, session } = useSession();
  const [view, setView] = useState<InquiryView | null>(null);
  const [missing, setMissing] = useState(false);
  const [mode, setMode] = useState<Mode | null>(null);
  const [agencies, setAgencies] = useState<{ code: string; name: string }[]>([]);
  const [cases, setCases] = useState<CaseView[]>([]);
  const action = useAction();
  const firstField = useRef<HTMLElement | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await api.get<InquiryView>(`/api/inquiries/${encodeURIComponent(id)}`));
      setMissing(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setMissing(true);
    }
    api.get<CaseView[]>(`/api/cases?inquiry=${encodeURIComponent(id)}`).then(setCases, () => setCases([]));
  }, [api, id]);

  useEffect(() => {
    setMode(null);
    void load();
  }, [load]);
  useEffect(() => {
    api.get<{ agencies: { code: string; name: string }[] }>('/api/policy/agencies').then((a) => setAgencies(a.agencies ?? []), () => setAgencies([]));
  }, [api]);
  useEffect(() => {
    if (mode) firstField.current?.focus();
  }, [mode]);

  const holder = view?.status === 'claimed' && (view.assignedTo === session?.username || session?.role === 'supervisor');
  const reservedForMe = view?.status === 'reserved' && view.reservedBy === session?.username;
  const open = (next: Mode) => () => {
    if (next === 'reclassify' || holder) setMode(next);
  };
  useShortcuts({ answer: open('answer'), escalate: open('escalate'), forward: open('forward'), reclassify: open('reclassify'), servicedesk: open('servicedesk') });

  const act = async (path: string, body: unknown, done: string) => {
    const result = await action.run(() => api.post(`/api/inquiries/${encodeURIComponent(id)}/${path}`, body).then(() => true), done);
    if (result) {
      setMode(null);
      await load();
    }
  };

  if (missing) {
    return (
      <Page title={fill(m.inquiry.title, { id })}>
        <Notice kind="error">{m.inquiry.notFound}</Notice>
        <Link to="/work">{m.inquiry.back}</Link>
      </Page>
    );
  }
  if (!view) return <Page title={fill(m.inquiry.title, { id })}>{null}</Page>;
  const i = view.inquiry;

  return (
    <Page title={fill(m.inquiry.title, { id })} actions={<Link to="/work">{m.inquiry.back}</Link>}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <div className="columns">
        <div className="column-main">
          <Section id="message" title={i.subject || m.inquiry.body}>
            <dl className="facts">
              <div>
                <dt>{m.inquiry.from}</dt>
                <dd>{describeParty(i.from)}</dd>
              </div>
              <div>
                <dt>{m.inquiry.channel}</dt>
                <dd>{label(m.channel, i.channel)}</dd>
              </div>
              <div>
                <dt>{m.inquiry.received}</dt>
                <dd>{formatDateTime(i.receivedAt, locale)}</dd>
              </div>
              <div>
                <dt>{m.inquiry.due}</dt>
                <dd>{formatDateTime(view.dueAt, locale)}</dd>
              </div>
              <div>
                <dt>{m.inquiry.status}</dt>
                <dd data-testid="inquiry-status">{label(m.status, view.status)}</dd>
              </div>
              <div>
                <dt>{m.queue.label}</dt>
                <dd>{label(m.queue, view.queue)}</dd>
              </div>
              <div>
                <dt>{m.inquiry.holder}</dt>
                <dd>{view.assignedTo ?? view.reservedBy ?? '–'}</dd>
              </div>
              <div>
                <dt>{m.inquiry.language}</dt>
                <dd>{i.language ?? '–'}</dd>
              </div>
            </dl>
            <div className="message-body" lang={i.language === 'en' ? 'en' : i.language === 'nn' ? 'nn' : undefined}>
              {i.body}
            </div>
          </Section>

          <Section id="thread" title={m.inquiry.thread}>
            {view.thread.length <= 1 ? (
              <p>{m.inquiry.threadEmpty}</p>
            ) : (
              <ol className="thread">
                {view.thread.map((t) => (
                  <li key={t.id}>
                    {t.id === id ? (
                      <span aria-current="true">
                        {t.subject || t.id} {m.inquiry.thisOne}
                      </span>
                    ) : (
                      <Link to={`/inquiries/${encodeURIComponent(t.id)}`}>{t.subject || t.id}</Link>
                    )}{' '}
                    – {label(m.channel, t.channel)}, {formatDateTime(t.receivedAt, locale)}, {label(m.status, t.status)}
                  </li>
                ))}
              </ol>
            )}
          </Section>

          <Section id="attachments" title={m.inquiry.attachments}>
            {i.attachments.length === 0 ? (
              <p>{m.inquiry.noAttachments}</p>
            ) : (
              <ul>
                {i.attachments.map((a, n) => (
                  <li key={n}>
                    {a.filename ?? `#${n + 1}`} {a.contentType ? `(${a.contentType}${a.size ? `, ${Math.ceil(a.size / 1024)} kB` : ''})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="history" title={m.inquiry.history}>
            <ol className="history">
              {view.history.map((h, n) => (
                <li key={n}>
                  <time dateTime={h.at}>{formatDateTime(h.at, locale)}</time> <strong>{h.event}</strong>
                  {h.actor ? ` – ${h.actor}` : ''}
                  {typeof h.details.note === 'string' && h.details.note ? `: ${h.details.note}` : ''}
                </li>
              ))}
            </ol>
          </Section>
        </div>

        <div className="column-side">
          <Section id="decision" title={m.inquiry.decision}>
            {!view.decision ? (
              <p>{m.inquiry.noDecision}</p>
            ) : (
              <>
                <dl className="facts">
                  <div>
                    <dt>{m.inquiry.target}</dt>
                    <dd data-testid="decision-target">{label(m.queue, view.decision.target)}</dd>
                  </div>
                  <div>
                    <dt>{m.inquiry.category}</dt>
                    <dd>{view.decision.category ?? '–'}</dd>
                  </div>
                  {view.decision.agency && (
                    <div>
                      <dt>{m.inquiry.agency}</dt>
                      <dd>{view.decision.agency}</dd>
                    </div>
                  )}
                  {view.decision.caseType && (
                    <div>
                      <dt>{m.inquiry.caseType}</dt>
                      <dd>{view.decision.caseType}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{m.inquiry.confidence}</dt>
                    <dd>{formatPercent(view.decision.confidence, locale)}</dd>
                  </div>
                  <div>
                    <dt>{m.inquiry.policyVersion}</dt>
                    <dd>{view.decision.policyVersion}</dd>
                  </div>
                </dl>
                <h3 id="reasons-heading">{m.inquiry.reasons}</h3>
                <ul aria-labelledby="reasons-heading" className="reasons">
                  {view.decision.reasons.map((r, n) => (
                    <li key={n}>{r}</li>
                  ))}
                </ul>
              </>
            )}
          </Section>

          <Section id="actions" title={m.actions.title}>
            {reservedForMe && (
              <button type="button" className="primary" onClick={() => void act('accept', {}, m.actions.done.accept)}>
                {m.actions.accept}
              </button>
            )}
            <div className="action-buttons">
              {holder && (
                <>
                  <button type="button" onClick={open('answer')} aria-keyshortcuts="a" aria-expanded={mode === 'answer'}>
                    {m.actions.answer}
                  </button>
                  <button type="button" onClick={open('escalate')} aria-keyshortcuts="e" aria-expanded={mode === 'escalate'}>
                    {m.actions.escalate}
                  </button>
                  <button type="button" onClick={open('forward')} aria-keyshortcuts="f" aria-expanded={mode === 'forward'}>
                    {m.actions.forward}
                  </button>
                  <button type="button" onClick={open('servicedesk')} aria-keyshortcuts="s" aria-expanded={mode === 'servicedesk'}>
                    {m.actions.servicedesk}
                  </button>
                  <button type="button" onClick={open('put-back')} aria-expanded={mode === 'put-back'}>
                    {m.actions.putBack}
                  </button>
                </>
              )}
              {view.status !== 'resolved' && (
                <button type="button" onClick={open('reclassify')} aria-keyshortcuts="k" aria-expanded={mode === 'reclassify'}>
                  {m.actions.reclassify}
                </button>
              )}
            </div>
            {mode && (
              <ActionForm
                mode={mode}
                agencies={agencies}
                busy={action.busy}
                firstField={firstField}
                onCancel={() => setMode(null)}
                onSubmit={(path, body, done) => void act(path, body, done)}
              />
            )}
          </Section>

          <CaseSection cases={cases} onChanged={load} />
        </div>
      </div>
    </Page>
  );
}

function ActionForm({ mode, agencies, busy, firstField, onCancel, onSubmit }: {
  mode: Mode;
  agencies: { code: string; name: string }[];
  busy: boolean;
  firstField: React.MutableRefObject<HTMLElement | null>;
  onCancel(): void;
  onSubmit(path: string, body: unknown, done: string): void;
}) {
  const { m } = useI18n();
  const [text, setText] = useState('');
  const [resolve, setResolve] = useState(true);
  const [agency, setAgency] = useState(agencies[0]?.code ?? '');
  const [target, setTarget] = useState<string>('second-line');
  const [category, setCategory] = useState<string>('other');
  const [caseType, setCaseType] = useState<string>('support');
  const ref = (el: HTMLElement | null) => {
    firstField.current = el;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const done = m.actions.done;
    switch (mode) {
      case 'answer':
        return onSubmit('answer', { text, resolve }, done.answer);
      case 'escalate':
        return onSubmit('escalate', { note: text }, done.escalate);
      case 'forward':
        return onSubmit('forward', { agency, note: text }, done.forward);
      case 'servicedesk':
        return onSubmit('servicedesk', { caseType, note: text }, done.servicedesk);
      case 'put-back':
        return onSubmit('put-back', text ? { note: text } : {}, done['put-back']);
      case 'reclassify': {
        const isAgency = target.startsWith('agency:');
        return onSubmit(
          'reclassify',
          { target, reason: text, ...(isAgency ? {} : { category }), ...(target === 'servicedesk' ? { caseType } : {}) },
          done.reclassify,
        );
      }
    }
  };

  const title = {
    answer: m.actions.answer,
    escalate: m.actions.escalate,
    forward: m.actions.forward,
    servicedesk: m.actions.servicedesk,
    'put-back': m.actions.putBack,
    reclassify: m.actions.reclassify,
  }[mode];
  const textLabel = {
    answer: m.actions.answerText,
    escalate: m.actions.escalateNote,
    forward: m.actions.forwardNote,
    servicedesk: m.actions.note,
    'put-back': m.actions.note,
    reclassify: m.actions.reclassifyReason,
  }[mode];
  const submitLabel = mode === 'answer' ? m.actions.send : title;

  return (
    <form className="action-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {mode === 'forward' && (
        <div className="field">
          <label htmlFor="action-agency">{m.actions.forwardAgency}</label>
          {agencies.length > 0 ? (
            <select id="action-agency" ref={ref} value={agency} onChange={(e) => setAgency(e.target.value)}>
              {agencies.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name} ({a.code})
                </option>
              ))}
            </select>
          ) : (
            <input id="action-agency" ref={ref} required value={agency} onChange={(e) => setAgency(e.target.value)} />
          )}
        </div>
      )}
      {mode === 'reclassify' && (
        <>
          <div className="field">
            <label htmlFor="action-target">{m.inquiry.target}</label>
            <select id="action-target" ref={ref} value={target} onChange={(e) => setTarget(e.target.value)}>
              {Queues.map((q) => (
                <option key={q} value={q}>
                  {m.queue[q]}
                </option>
              ))}
              {agencies.map((a) => (
                <option key={a.code} value={`agency:${a.code}`}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          {!target.startsWith('agency:') && (
            <div className="field">
              <label htmlFor="action-category">{m.inquiry.category}</label>
              <select id="action-category" value={category} onChange={(e) => setCategory(e.target.value)}>
                {TechnicalCategories.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      )}
      {(mode === 'servicedesk' || (mode === 'reclassify' && target === 'servicedesk')) && (
        <div className="field">
          <label htmlFor="action-case-type">{m.actions.caseType}</label>
          <select id="action-case-type" ref={mode === 'servicedesk' ? ref : undefined} value={caseType} onChange={(e) => setCaseType(e.target.value)}>
            {CaseTypes.map((c) => (
              <option key={c} value={c}>
                {m.actions.caseTypes[c]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="action-text">{textLabel}</label>
        <textarea
          id="action-text"
          ref={mode === 'answer' || mode === 'escalate' || mode === 'put-back' ? ref : undefined}
          rows={mode === 'answer' ? 8 : 3}
          required={mode !== 'put-back'}
          minLength={mode === 'reclassify' ? 3 : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={submitOnCtrlEnter}
        />
      </div>
      {mode === 'answer' && (
        <div className="field checkbox">
          <input id="action-resolve" type="checkbox" checked={resolve} onChange={(e) => setResolve(e.target.checked)} />
          <label htmlFor="action-resolve">{m.actions.resolve}</label>
        </div>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {m.actions.cancel}
        </button>
      </div>
    </form>
  );
}

function CaseSection({ cases, onChanged }: { cases: CaseView[]; onChanged(): Promise<void> }) {
  const { m } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const current = cases[0];
  const [status, setStatus] = useState<string>('in-progress');
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!current) return;
    const done = await action.run(() => api.post(`/api/cases/${encodeURIComponent(current.id)}/status`, note ? { status, note } : { status }).then(() => true), m.actions.done.caseStatus);
    if (done) {
      setNote('');
      await onChanged();
    }
  };
  return (
    <Section id="case" title={m.actions.case}>
      {!current ? (
        <p>{m.actions.noCase}</p>
      ) : (
        <>
          <p>
            <strong>{current.id}</strong> – {current.status}
            {current.owner ? ` (${current.owner})` : ''}
          </p>
          <Notice kind="ok">{action.ok}</Notice>
          <Notice kind="error">{action.error}</Notice>
          <form onSubmit={submit}>
            <div className="field">
              <label htmlFor="case-status">{m.actions.caseStatus}</label>
              <select id="case-status" value={status} onChange={(e) => setStatus(e.target.value)}>
                {CaseStatuses.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="case-note">{m.actions.caseNote}</label>
              <textarea id="case-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} onKeyDown={submitOnCtrlEnter} />
            </div>
            <button type="submit" disabled={action.busy}>
              {m.actions.updateCase}
            </button>
          </form>
        </>
      )}
    </Section>
  );
}
