import { FormEvent, MutableRefObject, useState } from 'react';
import type { AgencyAgreementView, InquiryActionRequest } from '@inquiry-router/contracts/views';
import {
  agencyTarget,
  CaseTypes,
  isAgencyTarget,
  QueueNames,
  TechnicalCategories,
  type CaseType,
  type TechnicalCategory,
} from '@inquiry-router/contracts/vocabulary';
import { choicesOf, Field, FormButtons, SelectField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import type { Messages } from '../../i18n/messages';
import { submitOnCtrlEnter } from '../../keyboard/submit-on-ctrl-enter';
import { AnswerTemplatePicker } from './answer-template-picker';

/** What an adviser can do to an inquiry; each opens its form. */
export type ActionMode = 'answer' | 'escalate' | 'forward' | 'reclassify' | 'servicedesk' | 'put-back';

/** An action's name: its button's text and its form's heading. */
export const actionTitles = {
  answer: 'actions.answer',
  escalate: 'actions.escalate',
  forward: 'actions.forward',
  servicedesk: 'actions.servicedesk',
  'put-back': 'actions.putBack',
  reclassify: 'actions.reclassify',
} as const satisfies Record<ActionMode, MessageKey>;

/** The form of one action: what it asks for, and the request it makes (the action and its body). */
export function ActionForm({
  mode,
  inquiryId,
  agencies,
  busy,
  firstField,
  onCancel,
  onSubmit,
}: {
  mode: ActionMode;
  inquiryId: string;
  agencies: AgencyAgreementView[];
  busy: boolean;
  firstField: MutableRefObject<HTMLElement | null>;
  onCancel: () => void;
  onSubmit: (request: InquiryActionRequest, done: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [resolve, setResolve] = useState(true);
  const [agency, setAgency] = useState(agencies[0]?.code ?? '');
  const [target, setTarget] = useState<string>('second-line');
  const [category, setCategory] = useState<TechnicalCategory>('other');
  const [caseType, setCaseType] = useState<CaseType>('support');
  /** The saved answer the text was filled from, if any: sent with the answer, which records its use. */
  const [templateId, setTemplateId] = useState<string | null>(null);
  const ref = (el: HTMLElement | null) => {
    firstField.current = el;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const done = (action: keyof Messages['actions']['done']) => t(`actions.done.${action}`);
    switch (mode) {
      case 'answer':
        return onSubmit({ action: 'answer', body: { text, resolve, ...(templateId && { templateId }) } }, done('answer'));
      case 'escalate':
        return onSubmit({ action: 'escalate', body: { note: text } }, done('escalate'));
      case 'forward':
        return onSubmit({ action: 'forward', body: { agency, note: text } }, done('forward'));
      case 'servicedesk':
        return onSubmit({ action: 'servicedesk', body: { caseType, note: text } }, done('servicedesk'));
      case 'put-back':
        return onSubmit({ action: 'put-back', body: text ? { note: text } : {} }, done('put-back'));
      case 'reclassify': {
        const isAgency = isAgencyTarget(target);
        const body = { target, reason: text, ...(isAgency ? {} : { category }), ...(target === 'servicedesk' ? { caseType } : {}) };
        return onSubmit({ action: 'reclassify', body }, done('reclassify'));
      }
    }
  };

  const title = t(actionTitles[mode]);
  const textLabel = {
    answer: t('actions.answerText'),
    escalate: t('actions.escalateNote'),
    forward: t('actions.forwardNote'),
    servicedesk: t('actions.note'),
    'put-back': t('actions.note'),
    reclassify: t('actions.reclassifyReason'),
  }[mode];
  const submitLabel = mode === 'answer' ? t('actions.send') : title;

  return (
    <form className="action-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {mode === 'forward' &&
        (agencies.length > 0 ? (
          <SelectField
            id="action-agency"
            label={t('actions.forwardAgency')}
            ref={ref}
            value={agency}
            choices={agencies.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
            onChange={setAgency}
          />
        ) : (
          <Field id="action-agency" label={t('actions.forwardAgency')}>
            <input id="action-agency" ref={ref} required value={agency} onChange={(e) => setAgency(e.target.value)} />
          </Field>
        ))}
      {mode === 'reclassify' && (
        <>
          <SelectField
            id="action-target"
            label={t('inquiry.target')}
            ref={ref}
            value={target}
            choices={[
              ...choicesOf(QueueNames, (q) => t(`queue.${q}`)),
              ...agencies.map((a) => ({ value: agencyTarget(a.code), label: a.name })),
            ]}
            onChange={setTarget}
          />
          {!isAgencyTarget(target) && (
            <SelectField
              id="action-category"
              label={t('inquiry.category')}
              value={category}
              choices={choicesOf(TechnicalCategories, (c) => t(`category.${c}`))}
              onChange={setCategory}
            />
          )}
        </>
      )}
      {(mode === 'servicedesk' || (mode === 'reclassify' && target === 'servicedesk')) && (
        <SelectField
          id="action-case-type"
          label={t('actions.caseType')}
          ref={mode === 'servicedesk' ? ref : undefined}
          value={caseType}
          choices={choicesOf(CaseTypes, (c) => t(`actions.caseTypes.${c}`))}
          onChange={setCaseType}
        />
      )}
      {mode === 'answer' && (
        <AnswerTemplatePicker
          inquiryId={inquiryId}
          onFill={(filled) => {
            setTemplateId(filled?.templateId ?? null);
            if (filled) setText(filled.text);
          }}
        />
      )}
      <Field id="action-text" label={textLabel}>
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
      </Field>
      {mode === 'answer' && (
        <div className="field checkbox">
          <input id="action-resolve" type="checkbox" checked={resolve} onChange={(e) => setResolve(e.target.checked)} />
          <label htmlFor="action-resolve">{t('actions.resolve')}</label>
        </div>
      )}
      <FormButtons submit={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
