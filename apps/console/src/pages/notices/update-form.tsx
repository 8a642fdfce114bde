import { FormEvent, useEffect, useState } from 'react';
import type { NoticeTextView, NoticeUpdate, NoticeView } from '@inquiry-router/contracts/views';
import { NoticeSeverities, type NoticeSeverity, type NoticeStatus } from '@inquiry-router/contracts/vocabulary';
import { nextNoticeStatuses } from '@inquiry-router/contracts/vocabulary';
import { ApiError } from '../../api/api-client';
import { useAction } from '../../api/use-action';
import { choicesOf, InputField, SelectField } from '../../components/fields';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { fieldErrorsOf, fromLocalInput, LanguageTexts, writtenText, type FieldErrors } from './notice-fields';

const emptyText: NoticeTextView = { nb: '', nn: '', en: '' };

/**
 * A new entry in a notice's history: a status the notice may take next (or the same, to add a
 * message), the message in bokmål (nynorsk and English if written), and a new severity or expected
 * end if they changed. It names the version it was made on, so a change made meanwhile is refused.
 */
export function UpdateForm({ notice, onUpdate }: { notice: NoticeView; onUpdate: (update: NoticeUpdate) => Promise<NoticeView> }) {
  const { t } = useI18n();
  const action = useAction();
  const allowed = nextNoticeStatuses(notice.kind, notice.status);
  const current = allowed.includes(notice.status) ? notice.status : (allowed[0] ?? notice.status);
  const [status, setStatus] = useState<NoticeStatus>(current);
  const [message, setMessage] = useState<NoticeTextView>(emptyText);
  const [severity, setSeverity] = useState<NoticeSeverity>(notice.severity);
  const [expectedEndAt, setExpectedEndAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  // The notice as updated (here or by someone else): the form starts again from where it stands.
  useEffect(() => {
    setStatus(current);
    setSeverity(notice.severity);
  }, [notice.version, current, notice.severity]);

  if (allowed.length === 0) {
    return (
      <Section id="update-notice" title={t('notices.update.title')}>
        <p>{t('notices.update.ended')}</p>
      </Section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    const end = fromLocalInput(expectedEndAt);
    const update: NoticeUpdate = {
      version: notice.version,
      status,
      message: writtenText(message),
      ...(severity !== notice.severity ? { severity } : {}),
      ...(end ? { expectedEndAt: end } : {}),
    };
    const updated = await action.run(
      () =>
        onUpdate(update).catch((error: unknown) => {
          if (error instanceof ApiError) setErrors(fieldErrorsOf(error.problems, ['message']));
          throw error;
        }),
      t('notices.update.done', { id: notice.id }),
    );
    if (updated) {
      setMessage(emptyText);
      setExpectedEndAt('');
    }
  };

  return (
    <Section id="update-notice" title={t('notices.update.title')}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <form onSubmit={(e) => void submit(e)}>
        <div className="inline-pair">
          <SelectField
            id="update-status"
            label={t('notices.update.status')}
            value={status}
            choices={choicesOf(allowed, (s) => t(`notices.status.${s}`))}
            onChange={setStatus}
          />
          <SelectField
            id="update-severity"
            label={t('notices.update.severity')}
            value={severity}
            choices={choicesOf(NoticeSeverities, (s) => t(`notices.severity.${s}`))}
            onChange={setSeverity}
          />
        </div>
        <LanguageTexts
          id="update-message"
          multiline
          labels="notices.update.message"
          value={message}
          onChange={setMessage}
          errors={errors}
          errorKey="message"
        />
        <InputField
          id="update-expected-end-at"
          label={t('notices.update.expectedEndAt')}
          type="datetime-local"
          value={expectedEndAt}
          onChange={setExpectedEndAt}
          error={errors.expectedEndAt}
        />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('notices.update.submit')}
        </button>
      </form>
    </Section>
  );
}
