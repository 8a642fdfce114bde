import { useState } from 'react';
import type { FilledAnswerTemplateView } from '@inquiry-router/contracts/views';
import { failureOf } from '../../api/use-resource';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useAnswerTemplateChoices } from './use-answer-template-choices';

/**
 * Choosing a saved answer in the answer form: "Use" fills the answer's text with the template
 * filled for this inquiry (the adviser may change it before sending), and says what it could not
 * fill and why. Choosing none again sends the text as the adviser's own.
 */
export function AnswerTemplatePicker({
  inquiryId,
  onFill,
}: {
  inquiryId: string;
  /** The filled template, or null: the answer is no longer made from a template. */
  onFill: (filled: FilledAnswerTemplateView | null) => void;
}) {
  const { t } = useI18n();
  const { templates, fill } = useAnswerTemplateChoices(inquiryId);
  const [chosen, setChosen] = useState('');
  const [filled, setFilled] = useState<{ title: string; view: FilledAnswerTemplateView } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (templates.length === 0) return null;

  const choose = (id: string) => {
    setChosen(id);
    if (id === '') {
      setFilled(null);
      onFill(null);
    }
  };
  const use = async () => {
    const template = templates.find((tpl) => tpl.id === chosen);
    if (!template) return;
    setError(null);
    try {
      const view = await fill(template.id);
      setFilled({ title: template.title, view });
      onFill(view);
    } catch (e) {
      setError(failureOf(e));
    }
  };

  return (
    <div className="template-picker">
      <SelectField
        id="action-template"
        label={t('answerTemplates.picker.label')}
        value={chosen}
        choices={[
          { value: '', label: t('answerTemplates.picker.none') },
          ...templates.map((tpl) => ({ value: tpl.id, label: `${tpl.title} (${t(`languages.${tpl.language}`)})` })),
        ]}
        onChange={choose}
      />
      <button type="button" className="secondary" disabled={chosen === ''} onClick={() => void use()}>
        {t('answerTemplates.picker.choose')}
      </button>
      <Notice kind="error">{error && t('errors.generic', { message: error })}</Notice>
      {filled && (
        <div role="status" data-testid="template-filled">
          <p>{t('answerTemplates.picker.filled', { title: filled.title })}</p>
          {filled.view.missing.length > 0 && (
            <ul>
              {filled.view.missing.map((m) => (
                <li key={m.placeholder}>
                  {t('answerTemplates.picker.missing', {
                    placeholder: `{${m.placeholder}}`,
                    reason: t(`answerTemplates.picker.reasons.${m.placeholder}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
