import { FormEvent, useEffect, useRef, useState } from 'react';
import type { NoticeComponentView, NoticeTextView, NoticeView } from '@inquiry-router/contracts/views';
import {
  NoticeAudiences,
  NoticeEnvironments,
  NoticeKinds,
  NoticeSeverities,
  type NoticeAudience,
  type NoticeEnvironment,
  type NoticeKind,
  type NoticeSeverity,
} from '@inquiry-router/contracts/vocabulary';
import { ApiError } from '../../api/api-client';
import { useAction } from '../../api/use-action';
import { choicesOf, Field, SelectField } from '../../components/fields';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { textIn } from './notice-lifecycle';
import {
  CheckboxGroup,
  errorProps,
  FieldError,
  fieldErrorsOf,
  fromLocalInput,
  LanguageTexts,
  toLocalInput,
  writtenText,
  type FieldErrors,
} from './notice-fields';
import type { NewNotice } from './use-notices';

/** What the form starts with besides its defaults (an early warning's component and window). */
export interface RegisterPrefill {
  kind?: NoticeKind;
  components?: string[];
  startsAt?: string;
  /** Shown above the form: where the pre-filled values came from. */
  note?: string;
}

const emptyText: NoticeTextView = { nb: '', nn: '', en: '' };

/** The notice the form describes, as `POST /api/notices` takes it. */
export function noticeFrom(form: {
  kind: NoticeKind;
  severity: NoticeSeverity;
  title: NoticeTextView;
  description: NoticeTextView;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
  keywords: string;
  startsAt: string;
  expectedEndAt: string;
}): NewNotice {
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
  const { t, locale } = useI18n();
  const action = useAction();
  const [kind, setKind] = useState<NoticeKind>(prefill?.kind ?? 'incident');
  const [severity, setSeverity] = useState<NoticeSeverity>('major');
  const [title, setTitle] = useState<NoticeTextView>(emptyText);
  const [description, setDescription] = useState<NoticeTextView>(emptyText);
  const [chosen, setChosen] = useState<string[]>(prefill?.components ?? []);
  const [environments, setEnvironments] = useState<NoticeEnvironment[]>(['production']);
  const [audiences, setAudiences] = useState<NoticeAudience[]>(['end-users']);
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
    if (chosen.length === 0) missing.components = t('notices.register.chooseOne');
    if (environments.length === 0) missing.environments = t('notices.register.chooseOne');
    if (audiences.length === 0) missing.audiences = t('notices.register.chooseOne');
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
      components: chosen,
      environments,
      audiences,
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
            onChange={(k) => setKind(k as NoticeKind)}
          />
          <SelectField
            id="notice-severity"
            label={t('notices.severityLabel')}
            value={severity}
            choices={choicesOf(NoticeSeverities, (s) => t(`notices.severity.${s}`))}
            onChange={(s) => setSeverity(s as NoticeSeverity)}
          />
        </div>
        <LanguageTexts
          id="notice-title"
          labels={{ nb: t('notices.register.titleNb'), nn: t('notices.register.titleNn'), en: t('notices.register.titleEn') }}
          value={title}
          onChange={setTitle}
          errors={errors}
          errorKey="title"
        />
        <LanguageTexts
          id="notice-description"
          multiline
          labels={{
            nb: t('notices.register.descriptionNb'),
            nn: t('notices.register.descriptionNn'),
            en: t('notices.register.descriptionEn'),
          }}
          value={description}
          onChange={setDescription}
          errors={errors}
          errorKey="description"
        />
        <CheckboxGroup
          id="notice-components"
          legend={t('notices.components')}
          options={(components ?? []).map((c) => ({ value: c.code, label: textIn(c.names, locale) }))}
          chosen={chosen}
          onChange={setChosen}
          error={errors.components}
        />
        <CheckboxGroup
          id="notice-environments"
          legend={t('notices.environments')}
          options={NoticeEnvironments.map((v) => ({ value: v, label: t(`notices.environment.${v}`) }))}
          chosen={environments}
          onChange={setEnvironments}
          error={errors.environments}
        />
        <CheckboxGroup
          id="notice-audiences"
          legend={t('notices.audiences')}
          options={NoticeAudiences.map((v) => ({ value: v, label: t(`notices.audience.${v}`) }))}
          chosen={audiences}
          onChange={setAudiences}
          error={errors.audiences}
        />
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
          <Field id="notice-starts-at" label={t('notices.startsAt')}>
            <input
              id="notice-starts-at"
              type="datetime-local"
              required
              value={startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
              {...errorProps('notice-starts-at', errors.startsAt)}
            />
            <FieldError id="notice-starts-at" error={errors.startsAt} />
          </Field>
          <Field id="notice-expected-end-at" label={t('notices.register.expectedEndAt')}>
            <input
              id="notice-expected-end-at"
              type="datetime-local"
              value={expectedEndAt}
              onChange={(e) => setExpectedEndAt(e.target.value)}
              {...errorProps('notice-expected-end-at', errors.expectedEndAt)}
            />
            <FieldError id="notice-expected-end-at" error={errors.expectedEndAt} />
          </Field>
        </div>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('notices.register.submit')}
        </button>
      </form>
    </Section>
  );
}
