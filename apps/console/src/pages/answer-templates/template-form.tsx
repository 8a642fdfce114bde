import { FormEvent, useState } from 'react';
import type { AnswerTemplateDraft, AnswerTemplateView } from '@inquiry-router/contracts/views';
import { isTechnicalCategory, Languages, TechnicalCategories, type TechnicalCategory } from '@inquiry-router/contracts/vocabulary';
import { choicesOf, Field, FormButtons, SelectField } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** The draft as the form holds it: an empty category or help page is none. */
type TemplateFields = Omit<AnswerTemplateDraft, 'category' | 'helpPageUrl'> & {
  category: TechnicalCategory | '';
  helpPageUrl: string;
};

const emptyFields: TemplateFields = { title: '', language: 'nb', body: '', category: '', helpPageUrl: '' };

function fieldsOf(template: AnswerTemplateView | null): TemplateFields {
  if (!template) return emptyFields;
  const { title, language, body, category, helpPageUrl } = template;
  return { title, language, body, category: isTechnicalCategory(category) ? category : '', helpPageUrl: helpPageUrl ?? '' };
}

const draftOf = (fields: TemplateFields): AnswerTemplateDraft => ({
  ...fields,
  category: fields.category || null,
  helpPageUrl: fields.helpPageUrl || null,
});

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
  const [draft, setDraft] = useState<TemplateFields>(() => fieldsOf(editing));
  const set =
    <K extends keyof TemplateFields>(key: K) =>
    (value: TemplateFields[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ((await onSave(draftOf(draft))) && !editing) setDraft(emptyFields);
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
          onChange={set('language')}
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
