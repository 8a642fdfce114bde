import { FormEvent, useState } from 'react';
import type { CaseStatusChange } from '@inquiry-router/contracts/views';
import { CaseStatuses, type CaseStatus } from '@inquiry-router/contracts/vocabulary';
import { useSession } from '../../api/session';
import { CaseView } from '../../api/types';
import { useAction } from '../../api/use-action';
import { choicesOf, Field, SelectField } from '../../components/fields';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { submitOnCtrlEnter } from '../../keyboard/submit-on-ctrl-enter';

/** The service desk case opened for the inquiry, and its status to change. */
export function CaseSection({ cases, onChanged }: { cases: CaseView[]; onChanged: () => Promise<void> }) {
  const { t, label } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const current = cases[0];
  const [status, setStatus] = useState<CaseStatus>('in-progress');
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!current) return;
    const done = await action.run(() => {
      const change: CaseStatusChange = note ? { status, note } : { status };
      return api.post(`/api/cases/${encodeURIComponent(current.id)}/status`, change).then(() => true);
    }, t('actions.done.caseStatus'));
    if (done) {
      setNote('');
      await onChanged();
    }
  };
  return (
    <Section id="case" title={t('actions.case')}>
      {!current ? (
        <p>{t('actions.noCase')}</p>
      ) : (
        <>
          <p>
            <strong>{current.id}</strong> – {label('caseStatus', current.status)}
            {current.owner ? ` (${current.owner})` : ''}
          </p>
          <Notice kind="ok">{action.ok}</Notice>
          <Notice kind="error">{action.error}</Notice>
          <form onSubmit={(e) => void submit(e)}>
            <SelectField
              id="case-status"
              label={t('actions.caseStatus')}
              value={status}
              choices={choicesOf(CaseStatuses, (s) => label('caseStatus', s))}
              onChange={setStatus}
            />
            <Field id="case-note" label={t('actions.caseNote')}>
              <textarea id="case-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} onKeyDown={submitOnCtrlEnter} />
            </Field>
            <button type="submit" disabled={action.busy}>
              {t('actions.updateCase')}
            </button>
          </form>
        </>
      )}
    </Section>
  );
}
