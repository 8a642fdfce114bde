import { FormEvent, useState } from 'react';
import type {
  AgencyAgreementView,
  AgreementReplacement,
  PolicySimulationOrder,
  PolicySimulationView,
  PublishedPolicyView,
} from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { Notice, Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { AgreementEditor } from './agreement-editor';
import { AgreementList } from './agreement-list';
import { DraftsSection } from './drafts-section';
import { useAgreements } from './use-agreements';

/** The agency agreements: edit one into a draft, simulate the draft on recent inquiries, then publish it. */
export function AgreementsPage() {
  const { t } = useI18n();
  const { api } = useSession();
  const { version, agreements, drafts, reload } = useAgreements();
  const [editing, setEditing] = useState<AgencyAgreementView | null>(null);
  const [json, setJson] = useState('');
  const [comment, setComment] = useState('');
  const [simulation, setSimulation] = useState<PolicySimulationView | null>(null);
  const action = useAction();

  const edit = (a: AgencyAgreementView) => {
    setEditing(a);
    // The whole agreement as answered, not only the fields the view declares.
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
      action.setError(t('agreements.invalidJson'));
      return;
    }
    const done = await action.run(
      () =>
        api
          .put(
            `/api/policy/agencies/${encodeURIComponent(editing.code)}`,
            (comment ? { agreement, comment } : { agreement }) satisfies AgreementReplacement,
          )
          .then(() => true),
      t('agreements.draftSaved'),
    );
    if (done) {
      setEditing(null);
      await reload();
    }
  };

  const simulate = async (id: string) => {
    const result = await action.run(() =>
      api.post<PolicySimulationView>('/api/policy/simulate', { draftId: id } satisfies PolicySimulationOrder),
    );
    if (result) setSimulation(result);
  };
  const publish = async (id: string) => {
    const result = await action.run(() => api.post<PublishedPolicyView>(`/api/policy/drafts/${id}/publish`));
    if (result) {
      action.setOk(t('agreements.published', { version: result.version }));
      setSimulation(null);
      await reload();
    }
  };
  const discard = async (id: string) => {
    const done = await action.run(() => api.post(`/api/policy/drafts/${id}/discard`).then(() => true));
    if (done) {
      if (simulation?.draftId === id) setSimulation(null);
      await reload();
    }
  };

  return (
    <Page title={t('agreements.title')}>
      {version && <p>{t('agreements.active', { version })}</p>}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <div className="columns">
        <div className="column-main">
          <AgreementList agreements={agreements} onEdit={edit} />
          {editing && (
            <AgreementEditor
              name={editing.name}
              json={json}
              onJson={setJson}
              comment={comment}
              onComment={setComment}
              busy={action.busy}
              onSave={(e) => void saveDraft(e)}
              onCancel={() => setEditing(null)}
            />
          )}
        </div>
        <div className="column-side">
          <DraftsSection
            drafts={drafts}
            simulation={simulation}
            busy={action.busy}
            onSimulate={(id) => void simulate(id)}
            onPublish={(id) => void publish(id)}
            onDiscard={(id) => void discard(id)}
          />
        </div>
      </div>
    </Page>
  );
}
