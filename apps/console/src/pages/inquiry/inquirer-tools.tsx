import { useState } from 'react';
import type { InquirerView } from '@inquiry-router/contracts/views';
import { useAction, type ActionRunner } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { offerDownload } from '../../components/download';
import { Field } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import type { InquirerActions } from './use-inquirer';

type Tool = 'merge' | 'split' | 'erase';

/** The required note of an audited change to a person. */
function NoteField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <Field id={id} label={t('inquirer.note')}>
      <textarea id={id} rows={3} required value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/**
 * Merging another inquiry's person into this one, and splitting this inquiry off into a person of
 * its own: each asks in a dialog, with the reference and the note it needs, before it is done.
 */
export function LinkTools({
  inquiryId,
  view,
  inquirer,
  action,
  onChanged,
}: {
  inquiryId: string;
  view: InquirerView;
  inquirer: InquirerActions;
  action: ActionRunner;
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  // The dialog's own runner: a refusal shows in the dialog, where the person is; success in the section.
  const dialogAction = useAction();
  const [tool, setTool] = useState<Tool | null>(null);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = (next: Tool) => {
    setReference('');
    setNote('');
    setProblem(null);
    dialogAction.setError(null);
    setTool(next);
  };
  const close = () => setTool(null);

  const run = async (work: () => Promise<unknown>, done: string) => {
    const ok = await dialogAction.run(() => work().then(() => true));
    if (!ok) return;
    setTool(null);
    action.setError(null);
    action.setOk(done);
    await onChanged();
  };
  const merge = () => {
    const other = reference.trim();
    if (other === '' || note.trim() === '') return;
    if (other === inquiryId) return setProblem(t('inquirer.mergeSelf'));
    setProblem(null);
    void run(() => inquirer.merge(other, note.trim()), t('inquirer.merged'));
  };
  const split = () => {
    if (note.trim() === '') return;
    void run(() => inquirer.split(note.trim()), t('inquirer.splitDone'));
  };

  return (
    <>
      <div className="action-buttons inquirer-tools">
        <button type="button" className="secondary" onClick={() => open('merge')} aria-haspopup="dialog">
          {t('inquirer.merge')}
        </button>
        {view.contacts.length > 0 && (
          <button type="button" className="secondary" onClick={() => open('split')} aria-haspopup="dialog">
            {t('inquirer.split')}
          </button>
        )}
      </div>
      <ConfirmDialog
        id="inquirer-merge"
        open={tool === 'merge'}
        title={t('inquirer.merge')}
        explanation={t('inquirer.mergeExplain')}
        confirm={t('inquirer.mergeConfirm')}
        busy={dialogAction.busy}
        error={problem ?? dialogAction.error}
        onConfirm={merge}
        onClose={close}
      >
        <Field id="inquirer-merge-reference" label={t('inquirer.mergeReference')}>
          <input
            id="inquirer-merge-reference"
            required
            autoComplete="off"
            spellCheck={false}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </Field>
        <NoteField id="inquirer-merge-note" value={note} onChange={setNote} />
      </ConfirmDialog>
      <ConfirmDialog
        id="inquirer-split"
        open={tool === 'split'}
        title={t('inquirer.split')}
        explanation={t('inquirer.splitExplain')}
        confirm={t('inquirer.splitConfirm')}
        busy={dialogAction.busy}
        error={dialogAction.error}
        onConfirm={split}
        onClose={close}
      >
        <NoteField id="inquirer-split-note" value={note} onChange={setNote} />
      </ConfirmDialog>
    </>
  );
}

/**
 * The supervisor's part: who read the person's data and what was done to it (a page of its own),
 * everything held on them as a JSON download, and erasing it, with a note, after a dialog.
 */
export function PersonalDataTools({
  inquiryId,
  inquirerId,
  inquirer,
  action,
  onChanged,
}: {
  inquiryId: string;
  inquirerId: string;
  inquirer: InquirerActions;
  action: ActionRunner;
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const eraseAction = useAction();
  const [erasing, setErasing] = useState(false);
  const [note, setNote] = useState('');

  const exportAll = () =>
    void action.run(async () => {
      const everything = await inquirer.exportAll(inquirerId);
      offerDownload(`inquirer-${inquirerId}.json`, [JSON.stringify(everything, null, 2)], 'application/json');
    }, t('inquirer.exported'));

  const erase = async () => {
    if (note.trim() === '') return;
    const answer = await eraseAction.run(() => inquirer.erase(inquirerId, note.trim()));
    if (!answer) return;
    setErasing(false);
    action.setError(null);
    action.setOk(t('inquirer.erased', { count: answer.erasedInquiries }));
    await onChanged();
  };

  return (
    <>
      <h3>{t('inquirer.personalData')}</h3>
      <p>
        <Link to={`/inquirers/${encodeURIComponent(inquirerId)}?inquiry=${encodeURIComponent(inquiryId)}`}>{t('inquirer.log')}</Link>
      </p>
      <div className="action-buttons">
        <button type="button" className="secondary" disabled={action.busy} onClick={exportAll}>
          {t('inquirer.export')}
        </button>
        <button
          type="button"
          className="danger"
          aria-haspopup="dialog"
          onClick={() => {
            setNote('');
            eraseAction.setError(null);
            setErasing(true);
          }}
        >
          {t('inquirer.erase')}
        </button>
      </div>
      <ConfirmDialog
        id="inquirer-erase"
        open={erasing}
        title={t('inquirer.erase')}
        explanation={t('inquirer.eraseExplain')}
        confirm={t('inquirer.eraseConfirm')}
        irreversible
        busy={eraseAction.busy}
        error={eraseAction.error}
        onConfirm={() => void erase()}
        onClose={() => setErasing(false)}
      >
        <NoteField id="inquirer-erase-note" value={note} onChange={setNote} />
      </ConfirmDialog>
    </>
  );
}
