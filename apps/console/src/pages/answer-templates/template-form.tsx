import { FormEvent, useState } from 'react';
import type { AnswerTemplateView } from '@inquiry-router/contracts/views';
import { Languages, TechnicalCategories, type Language } from '@inquiry-router/contracts/vocabulary';
import { choicesOf, Field, FormButtons, SelectField } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import type { AnswerTemplateDraft } from './use-answer-templates';

const emptyDraft: AnswerTemplateDraft = { title: '', language: 'nb', body: '', category: '', helpPageUrl: '' };

function draftOf(template: AnswerTemplateView | null): AnswerTemplateDraft {
  if (!template) return emptyDraft;
  const { title, language, body, category, helpPageUrl } = template;
  return { title, language, body, category: category ?? '', helpPageUrl: helpPageUrl ?? '' };
}

/**
 * Writing a saved answer: a new one, or changing `editing`. Keyed by what it edits, so it starts
 * from that template's fields. `onSave` resolves true once saved (the form then empties).
 */
export function TemplateForm({
  editing,
  busy,
  onSave,
  onCancel,
}: {
  editing: AnswerTemplateView | null;
  busy: boolean;
  onSave: (draft: AnswerTemplateDraft) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t, label } = useI18n();
  const [draft, setDraft] = useState<AnswerTemplateDraft>(() => draftOf(editing));
  const set =
    <K extends keyof AnswerTemplateDraft>(key: K) =>
    (value: AnswerTemplateDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ((await onSave(draft)) && !editing) setDraft(emptyDraft);
  };

  return (
    <Section id="template-form" title={editing ? t('answerTemplates.editing') : t('answerTemplates.new')}>
      <form onSubmit={(e) => void submit(e)}>
        <Field id="template-title" label={t('answerTemplates.fields.title')}>
          <input id="template-title" required maxLength={200} value={draft.title} onChange={(e) => set('title')(e.target.value)} />
        </Field>
        <SelectField
          id="template-language"
          label={t('answerTemplates.fields.language')}
          value={draft.language}
          choices={choicesOf(Languages, (l) => t(`languages.${l}`))}
          onChange={(value) => set('language')(value as Language)}
        />
        <SelectField
          id="template-category"
          label={t('answerTemplates.fields.category')}
          value={draft.category}
          choices={[
            { value: '', label: t('answerTemplates.fields.noCategory') },
            ...choicesOf(TechnicalCategories, (c) => label('category', c)),
          ]}
          onChange={set('category')}
        />
        <Field id="template-body" label={t('answerTemplates.fields.body')}>
          <textarea
            id="template-body"
            required
            rows={8}
            maxLength={20000}
            value={draft.body}
            onChange={(e) => set('body')(e.target.value)}
          />
        </Field>
        <Field id="template-help-page" label={t('answerTemplates.fields.helpPageUrl')}>
          <input id="template-help-page" type="url" value={draft.helpPageUrl} onChange={(e) => set('helpPageUrl')(e.target.value)} />
        </Field>
        <FormButtons submit={editing ? t('answerTemplates.save') : t('answerTemplates.create')} busy={busy} onCancel={onCancel} />
      </form>
    </Section>
  );
}
