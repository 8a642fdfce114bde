import { FormEvent } from 'react';
import { Section } from '../../components/page';
import { fill } from '../../i18n/format';
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
  const { m } = useI18n();
  return (
    <Section id="edit" title={fill(m.agreements.editing, { name })}>
      <form onSubmit={onSave}>
        <div className="field">
          <label htmlFor="agreement-json">{m.agreements.json}</label>
          <textarea
            id="agreement-json"
            className="code"
            rows={18}
            value={json}
            onChange={(e) => onJson(e.target.value)}
            spellCheck={false}
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor="agreement-comment">{m.agreements.comment}</label>
          <input id="agreement-comment" value={comment} onChange={(e) => onComment(e.target.value)} />
        </div>
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy}>
            {m.agreements.saveDraft}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {m.actions.cancel}
          </button>
        </div>
      </form>
    </Section>
  );
}
