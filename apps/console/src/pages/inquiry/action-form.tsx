import { FormEvent, MutableRefObject, useState } from 'react';
import { CaseTypes, QueueNames, TechnicalCategories } from '@inquiry-router/contracts/vocabulary';
import { useI18n } from '../../i18n/i18n';
import { submitOnCtrlEnter } from '../../keyboard/submit-on-ctrl-enter';
import type { AgencyChoice } from './use-inquiry';

/** What an adviser can do to an inquiry; each opens its form. */
export type ActionMode = 'answer' | 'escalate' | 'forward' | 'reclassify' | 'servicedesk' | 'put-back';

/** The form of one action: what it asks for, and the request it makes (the action's path and body). */
export function ActionForm({
  mode,
  agencies,
  busy,
  firstField,
  onCancel,
  onSubmit,
}: {
  mode: ActionMode;
  agencies: AgencyChoice[];
  busy: boolean;
  firstField: MutableRefObject<HTMLElement | null>;
  onCancel: () => void;
  onSubmit: (path: string, body: unknown, done: string) => void;
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
              {QueueNames.map((q) => (
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
          <select
            id="action-case-type"
            ref={mode === 'servicedesk' ? ref : undefined}
            value={caseType}
            onChange={(e) => setCaseType(e.target.value)}
          >
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
