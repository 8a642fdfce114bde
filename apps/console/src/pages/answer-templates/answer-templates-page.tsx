import { useState } from 'react';
import type { AnswerTemplateDraft, AnswerTemplateView } from '@inquiry-router/contracts/views';
import { AnswerPlaceholders } from '@inquiry-router/contracts/vocabulary';
import { failureOf } from '../../api/use-resource';
import { useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Notice, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { TemplateForm } from './template-form';
import { TemplateTable } from './template-table';
import { useAnswerTemplates } from './use-answer-templates';

/** The editors' page for saved answers: the library (retired ones on request), a form to add or change one, and retiring. */
export function AnswerTemplatesPage() {
  const { t, formatList } = useI18n();
  const [includeRetired, setIncludeRetired] = useState(false);
  const library = useAnswerTemplates(includeRetired);
  const action = useAction();
  const [editing, setEditing] = useState<AnswerTemplateView | null>(null);
  const [retiring, setRetiring] = useState<AnswerTemplateView | null>(null);

  const save = async (draft: AnswerTemplateDraft): Promise<boolean> => {
    const saved = await action.run(
      () => (editing ? library.update(editing.id, draft) : library.create(draft)),
      editing ? t('answerTemplates.saved') : t('answerTemplates.created'),
    );
    if (!saved) return false;
    setEditing(null);
    await library.reload();
    return true;
  };
  const retire = async (template: AnswerTemplateView) => {
    const retired = await action.run(() => library.retire(template.id), t('answerTemplates.retired'));
    if (!retired) return;
    setRetiring(null);
    await library.reload();
  };

  return (
    <Page title={t('answerTemplates.title')}>
      <p>{t('answerTemplates.intro', { placeholders: formatList(AnswerPlaceholders.map((p) => `{${p}}`)) })}</p>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{retiring ? null : action.error}</Notice>
      <Notice kind="error">{failureOf(library.error)}</Notice>
      <div className="columns">
        <div className="column-main">
          <Section id="templates" title={t('answerTemplates.list')}>
            <div className="field checkbox">
              <input
                id="templates-retired"
                type="checkbox"
                checked={includeRetired}
                onChange={(e) => setIncludeRetired(e.target.checked)}
              />
              <label htmlFor="templates-retired">{t('answerTemplates.showRetired')}</label>
            </div>
            {library.loaded && <TemplateTable templates={library.templates} onEdit={setEditing} onRetire={setRetiring} />}
          </Section>
        </div>
        <div className="column-side">
          {/* keyed by what it edits: it starts from that template's fields */}
          <TemplateForm key={editing?.id ?? 'new'} editing={editing} busy={action.busy} onSave={save} onCancel={() => setEditing(null)} />
        </div>
      </div>
      <ConfirmDialog
        id="retire-template"
        open={retiring !== null}
        title={retiring ? t('answerTemplates.retireLabel', { title: retiring.title }) : ''}
        explanation={retiring ? t('answerTemplates.retireExplanation', { title: retiring.title }) : ''}
        confirm={t('answerTemplates.retire')}
        busy={action.busy}
        error={action.error}
        onConfirm={() => retiring && void retire(retiring)}
        onClose={() => setRetiring(null)}
      />
    </Page>
  );
}
