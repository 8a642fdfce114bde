import { FormEvent, useEffect, useRef, useState } from 'react';
import type { NewNotice, NoticeComponentView, NoticeTextView, NoticeView } from '@inquiry-router/contracts/views';
import { NoticeKinds, NoticeSeverities, type NoticeKind, type NoticeSeverity } from '@inquiry-router/contracts/vocabulary';
import { ApiError } from '../../api/api-client';
import { useAction } from '../../api/use-action';
import { choicesOf, errorProps, Field, FieldError, InputField, SelectField } from '../../components/fields';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { fieldErrorsOf, fromLocalInput, LanguageTexts, ScopeFields, toLocalInput, writtenText, type FieldErrors } from './notice-fields';
import type { NoticeScope } from './use-notices';

/** What the form starts with besides its defaults (an early warning's component and window). */
export interface RegisterPrefill {
  kind?: NoticeKind;
  components?: string[];
  startsAt?: string;
  /** Shown above the form: where the pre-filled values came from. */
  note?: string;
}

const emptyText: NoticeTextView = { nb: '', nn: '', en: '' };

/** What the form holds: the notice's fields, with the keywords as typed and the times as `datetime-local` values. */
export type RegisterFormValues = Omit<NewNotice, 'keywords' | 'startsAt' | 'expectedEndAt'> & {
  keywords: string;
  startsAt: string;
  expectedEndAt: string;
};

/** The notice the form describes, as `POST /api/notices` takes it. */
export function noticeFrom(form: RegisterFormValues): NewNotice {
  const keywords = form.keywords
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const expectedEndAt = fromLocalInput(form.expectedEndAt);
  return {
    kind: form.kind,
    severity: form.severity,
    title: writtenText(form.title),
    description: writtenText(form.description),
    components: form.components,
    environments: form.environments,
    audiences: form.audiences,
    ...(keywords.length > 0 ? { keywords } : {}),
    startsAt: fromLocalInput(form.startsAt) ?? new Date().toISOString(),
    ...(expectedEndAt ? { expectedEndAt } : {}),
  };
}

/**
 * Registers an incident or planned maintenance: kind, severity, title and description in bokmål
 * (nynorsk and English if written), the components, environments and audiences it concerns, the
 * words that tie inquiries to it, its start and expected end. The API's problems show at their fields.
 */
export function RegisterForm({
  components,
  prefill,
  onRegister,
  onRegistered,
}: {
  components: readonly NoticeComponentView[] | undefined;
  prefill?: RegisterPrefill;
  onRegister: (notice: NewNotice) => Promise<NoticeView>;
  onRegistered: (notice: NoticeView) => void | Promise<void>;
}) {
  const { t } = useI18n();
  const action = useAction();
  const [kind, setKind] = useState<NoticeKind>(prefill?.kind ?? 'incident');
  const [severity, setSeverity] = useState<NoticeSeverity>('major');
  const [title, setTitle] = useState<NoticeTextView>(emptyText);
  const [description, setDescription] = useState<NoticeTextView>(emptyText);
  const [scope, setScope] = useState<NoticeScope>(() => ({
    components: prefill?.components ?? [],
    environments: ['production'],
    audiences: ['end-users'],
  }));
  const [keywords, setKeywords] = useState('');
  const [startsAt, setStartsAt] = useState(() => toLocalInput(prefill?.startsAt ? new Date(prefill.startsAt) : new Date()));
  const [expectedEndAt, setExpectedEndAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const first = useRef<HTMLSelectElement>(null);

  // Opened from an early warning: the form is where the operator goes next.
  useEffect(() => {
    if (prefill) first.current?.focus();
  }, [prefill]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: FieldErrors = {};
    for (const list of ['components', 'environments', 'audiences'] as const)
      if (scope[list].length === 0) missing[list] = t('notices.register.chooseOne');
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      action.setError(t('notices.register.invalid'));
      return;
    }
    const notice = noticeFrom({
      kind,
      severity,
      title,
      description,
      ...scope,
      keywords,
      startsAt,
      expectedEndAt,
    });
    const registered = await action.run(() =>
      onRegister(notice).catch((error: unknown) => {
        if (error instanceof ApiError) setErrors(fieldErrorsOf(error.problems, ['title', 'description']));
        throw error;
      }),
    );
    if (!registered) return;
    action.setOk(t('notices.register.done', { id: registered.id }));
    setTitle(emptyText);
    setDescription(emptyText);
    setKeywords('');
    setExpectedEndAt('');
    await onRegistered(registered);
  };

  return (
    <Section id="register-notice" title={t('notices.register.title')}>
      {prefill?.note && <p className="hint">{prefill.note}</p>}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <form onSubmit={(e) => void submit(e)}>
        <div className="inline-pair">
          <SelectField
            id="notice-kind"
            ref={first}
            label={t('notices.kindLabel')}
            value={kind}
            choices={choicesOf(NoticeKinds, (k) => t(`notices.kind.${k}`))}
            onChange={setKind}
          />
          <SelectField
            id="notice-severity"
            label={t('notices.severityLabel')}
            value={severity}
            choices={choicesOf(NoticeSeverities, (s) => t(`notices.severity.${s}`))}
            onChange={setSeverity}
          />
        </div>
        <LanguageTexts
          id="notice-title"
          labels="notices.register.title"
          value={title}
          onChange={setTitle}
          errors={errors}
          errorKey="title"
        />
        <LanguageTexts
          id="notice-description"
          multiline
          labels="notices.register.description"
          value={description}
          onChange={setDescription}
          errors={errors}
          errorKey="description"
        />
        <ScopeFields id="notice" components={components} value={scope} onChange={setScope} errors={errors} />
        <Field id="notice-keywords" label={t('notices.register.keywords')}>
          <input
            id="notice-keywords"
            value={keywords}
            onChange={(e) => setKeywords(e.target.value)}
            {...(errors.keywords ? errorProps('notice-keywords', errors.keywords) : { 'aria-describedby': 'notice-keywords-hint' })}
          />
          <p id="notice-keywords-hint" className="hint">
            {t('notices.register.keywordsHint')}
          </p>
          <FieldError id="notice-keywords" error={errors.keywords} />
        </Field>
        <div className="inline-pair">
          <InputField
            id="notice-starts-at"
            label={t('notices.startsAt')}
            type="datetime-local"
            required
            value={startsAt}
            onChange={setStartsAt}
            error={errors.startsAt}
          />
          <InputField
            id="notice-expected-end-at"
            label={t('notices.register.expectedEndAt')}
            type="datetime-local"
            value={expectedEndAt}
            onChange={setExpectedEndAt}
            error={errors.expectedEndAt}
          />
        </div>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('notices.register.submit')}
        </button>
      </form>
    </Section>
  );
}
