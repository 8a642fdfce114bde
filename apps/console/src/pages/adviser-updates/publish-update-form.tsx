import { FormEvent, useState } from 'react';
import type { NewAdviserUpdate } from '@inquiry-router/contracts/views';
import {
  AdviserUpdateKinds,
  QueueNames,
  TechnicalCategories,
  type AdviserUpdateKind,
  type QueueName,
  type TechnicalCategory,
} from '@inquiry-router/contracts/vocabulary';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { CheckboxGroup, choicesOf, Field, SelectField } from '../../components/fields';
import { Notice } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Publishes an update to the advisers of its categories and queues (all advisers when none is chosen). */
export function PublishUpdateForm({ onPublished }: { onPublished: () => void }) {
  const { t, label } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [kind, setKind] = useState<AdviserUpdateKind>('procedure');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [categories, setCategories] = useState<TechnicalCategory[]>([]);
  const [queues, setQueues] = useState<QueueName[]>([]);
  const [required, setRequired] = useState(false);
  const [agreementVersion, setAgreementVersion] = useState('');
  const [incidentId, setIncidentId] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const published = await action.run(
      () =>
        api.post('/api/adviser-updates', {
          kind,
          title,
          body,
          categories,
          queues,
          requiredBeforeClaiming: required,
          ...(agreementVersion.trim() && { agreementVersion: agreementVersion.trim() }),
          ...(incidentId.trim() && { incidentId: incidentId.trim() }),
        } satisfies NewAdviserUpdate),
      t('training.updates.published'),
    );
    if (published === undefined) return;
    setTitle('');
    setBody('');
    onPublished();
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('training.updates.publish')}>
      <SelectField
        id="update-kind"
        label={t('training.updates.kind')}
        value={kind}
        choices={choicesOf(AdviserUpdateKinds, (k) => label('training.updates.kinds', k))}
        onChange={setKind}
      />
      <Field id="update-title" label={t('training.updates.heading')}>
        <input id="update-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id="update-body" label={t('training.updates.body')}>
        <textarea id="update-body" required maxLength={10000} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <CheckboxGroup
        id="update-category"
        legend={t('training.updates.categories')}
        options={choicesOf(TechnicalCategories, (c) => label('category', c))}
        chosen={categories}
        onChange={setCategories}
      />
      <CheckboxGroup
        id="update-queue"
        legend={t('training.updates.queues')}
        options={choicesOf(QueueNames, (q) => label('queue', q))}
        chosen={queues}
        onChange={setQueues}
      />
      <div className="field checkbox">
        <input id="update-required" type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />
        <label htmlFor="update-required">{t('training.updates.required')}</label>
      </div>
      <div className="inline-pair">
        <Field id="update-agreement" label={t('training.updates.agreementVersion')}>
          <input id="update-agreement" maxLength={100} value={agreementVersion} onChange={(e) => setAgreementVersion(e.target.value)} />
        </Field>
        <Field id="update-incident" label={t('training.updates.incidentId')}>
          <input id="update-incident" maxLength={100} value={incidentId} onChange={(e) => setIncidentId(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={action.busy}>
        {t('training.updates.submit')}
      </button>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
    </form>
  );
}
