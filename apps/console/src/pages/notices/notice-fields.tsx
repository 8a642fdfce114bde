import type { NoticeComponentView, NoticeTextView } from '@inquiry-router/contracts/views';
import { NoticeAudiences, NoticeEnvironments } from '@inquiry-router/contracts/vocabulary';
import { textIn } from '@inquiry-router/contracts/notice-labels';
import { FieldProblem } from '../../api/api-client';
import { CheckboxGroup, errorProps, FieldError } from '../../components/fields';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import type { NoticeScope } from './use-notices';

/** Problems by the form field they concern: `title.nb`, `components` (a list's items count as the list). */
export type FieldErrors = Record<string, string>;

/** The API's problems by field; a problem with an object as a whole (`title`) goes to its bokmål text. */
export function fieldErrorsOf(problems: readonly FieldProblem[], texts: readonly string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) {
    let field = p.path.replace(/\[\d+\].*$/, '');
    if (texts.includes(field)) field = `${field}.nb`;
    errors[field] = errors[field] ? `${errors[field]}; ${p.message}` : p.message;
  }
  return errors;
}

/** A message whose bokmål, nynorsk and English variants (`…Nb`, `…Nn`, `…En`) label a text's three fields. */
export type LanguageLabels = {
  [K in MessageKey]: K extends `${infer Label}Nb` ? (`${Label}Nn` | `${Label}En` extends MessageKey ? Label : never) : never;
}[MessageKey];

/** A text in bokmål (required) with nynorsk and English (optional): three fields, labelled `${labels}Nb`, …. */
export function LanguageTexts({
  id,
  labels,
  value,
  onChange,
  multiline,
  errors,
  errorKey,
}: {
  id: string;
  labels: LanguageLabels;
  value: NoticeTextView;
  onChange: (value: NoticeTextView) => void;
  multiline?: boolean;
  errors?: FieldErrors;
  errorKey?: string;
}) {
  const { t } = useI18n();
  const labelOf = { nb: t(`${labels}Nb`), nn: t(`${labels}Nn`), en: t(`${labels}En`) };
  return (
    <>
      {(['nb', 'nn', 'en'] as const).map((language) => {
        const fieldId = `${id}-${language}`;
        const error = errorKey ? errors?.[`${errorKey}.${language}`] : undefined;
        const props = {
          id: fieldId,
          lang: language,
          required: language === 'nb',
          value: value[language] ?? '',
          ...errorProps(fieldId, error),
        };
        return (
          <div className="field" key={language}>
            <label htmlFor={fieldId}>{labelOf[language]}</label>
            {multiline ? (
              <textarea {...props} rows={3} onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
            ) : (
              <input {...props} onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
            )}
            <FieldError id={fieldId} error={error} />
          </div>
        );
      })}
    </>
  );
}

/** The text as the API takes it: bokmål, and nynorsk and English only where written. */
export function writtenText(text: NoticeTextView): NoticeTextView {
  const nn = text.nn?.trim();
  const en = text.en?.trim();
  return { nb: text.nb.trim(), ...(nn ? { nn } : {}), ...(en ? { en } : {}) };
}

/**
 * What a notice concerns or a subscription covers: the components, environments and audiences,
 * a checkbox group each (`${id}-components`, …), with their problems from `errors`.
 */
export function ScopeFields({
  id,
  components,
  value,
  onChange,
  errors,
  hint,
}: {
  id: string;
  components: readonly NoticeComponentView[] | undefined;
  value: NoticeScope;
  onChange: (value: NoticeScope) => void;
  errors: FieldErrors;
  /** Under each legend (e.g. that choosing none means all). */
  hint?: string;
}) {
  const { t, locale } = useI18n();
  const group = <K extends keyof NoticeScope>(
    list: K,
    legend: string,
    options: readonly { value: NoticeScope[K][number]; label: string }[],
  ) => (
    <CheckboxGroup
      id={`${id}-${list}`}
      legend={legend}
      hint={hint}
      options={options}
      chosen={value[list]}
      onChange={(chosen) => onChange({ ...value, [list]: chosen })}
      error={errors[list]}
    />
  );
  return (
    <>
      {group(
        'components',
        t('notices.components'),
        (components ?? []).map((c) => ({ value: c.code, label: textIn(c.names, locale) || c.code })),
      )}
      {group(
        'environments',
        t('notices.environments'),
        NoticeEnvironments.map((v) => ({ value: v, label: t(`notices.environment.${v}`) })),
      )}
      {group(
        'audiences',
        t('notices.audiences'),
        NoticeAudiences.map((v) => ({ value: v, label: t(`notices.audience.${v}`) })),
      )}
    </>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` field shows it: the browser's local time, to the minute. */
export function toLocalInput(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A `datetime-local` field's value as an ISO instant; undefined when empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}
