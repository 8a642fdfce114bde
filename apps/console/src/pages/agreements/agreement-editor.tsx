import { FormEvent } from 'react';
import { Field, FormButtons } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** One agreement as JSON, with a comment, saved as a draft. */
export function AgreementEditor({
  name,
  json,
  onJson,
  comment,
  onComment,
  busy,
  onSave,
  onCancel,
}: {
  name: string;
  json: string;
  onJson: (json: string) => void;
  comment: string;
  onComment: (comment: string) => void;
  busy: boolean;
  onSave: (e: FormEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="edit" title={t('agreements.editing', { name })}>
      <form onSubmit={onSave}>
        <Field id="agreement-json" label={t('agreements.json')}>
          <textarea
            id="agreement-json"
            className="code"
            rows={18}
            value={json}
            onChange={(e) => onJson(e.target.value)}
            spellCheck={false}
            autoFocus
          />
        </Field>
        <Field id="agreement-comment" label={t('agreements.comment')}>
          <input id="agreement-comment" value={comment} onChange={(e) => onComment(e.target.value)} />
        </Field>
        <FormButtons submit={t('agreements.saveDraft')} busy={busy} onCancel={onCancel} />
      </form>
    </Section>
  );
}
