import { ReactNode, Ref } from 'react';
import { useI18n } from '../i18n/i18n';

/** The id of a `Field`'s hint, for its control's `aria-describedby`. */
export const hintId = (id: string) => `${id}-hint`;

/** A form control with its label (`id` is the control's, which the label names) and, under it, a hint. */
export function Field({
  id,
  label,
  className = 'field',
  hint,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  /** Under the control, as `hintId(id)`: the control names it in its `aria-describedby`. */
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={hintId(id)} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** One option of a `SelectField`. */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

/** Values as choices, each labelled by `labelOf` (by default the value itself). */
export function choicesOf<V extends string>(values: readonly V[], labelOf: (value: V) => string = (value) => value): Choice<V>[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

/** A labelled drop-down of choices; `onChange` gets the chosen value, typed as the choices' values are. */
export function SelectField<V extends string = string>({
  id,
  label,
  className,
  value,
  choices,
  onChange,
  ref,
}: {
  id: string;
  label: string;
  className?: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  ref?: Ref<HTMLSelectElement>;
}) {
  // The chosen option is one of the choices: its value is found there, typed, rather than cast.
  const choose = (chosen: string) => {
    const choice = choices.find((c) => c.value === chosen);
    if (choice) onChange(choice.value);
  };
  return (
    <Field id={id} label={label} className={className}>
      <select id={id} ref={ref} value={value} onChange={(e) => choose(e.target.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A form's submit button (`submit` its text) and a button to cancel the form. */
export function FormButtons({ submit, busy, onCancel }: { submit: string; busy: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="form-buttons">
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}

/** One end of a `RangeFields`: its control's id, its label and its value. */
export interface RangeEnd {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

function RangeInput({ end, ...limits }: { end: RangeEnd; type: 'date' | 'time'; required: boolean; min?: string; max?: string }) {
  return (
    <div>
      <label htmlFor={end.id}>{end.label}</label>
      <input id={end.id} {...limits} value={end.value} onChange={(e) => end.onChange(e.target.value)} />
    </div>
  );
}

/**
 * Where something starts and where it ends, side by side: two dates or two times. `ordered`: the
 * browser's picker keeps the start from after the end and the end from before the start.
 */
export function RangeFields({
  type,
  from,
  to,
  required = true,
  ordered = false,
}: {
  type: 'date' | 'time';
  from: RangeEnd;
  to: RangeEnd;
  required?: boolean;
  ordered?: boolean;
}) {
  return (
    <div className="field inline-pair">
      <RangeInput end={from} type={type} required={required} max={ordered ? to.value : undefined} />
      <RangeInput end={to} type={type} required={required} min={ordered ? from.value : undefined} />
    </div>
  );
}

/** The attributes that tie a control to its error text, when it has one. */
export function errorProps(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

/** A field's problem, under it; `errorProps` points the control at it. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  );
}

/** A labelled input (text of `type`: a date and time, an e-mail address, …) and, under it, its problem; `onChange` gets the value. */
export function InputField({
  id,
  label,
  type,
  required,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  type: 'text' | 'email' | 'url' | 'datetime-local';
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <Field id={id} label={label}>
      <input id={id} type={type} required={required} value={value} onChange={(e) => onChange(e.target.value)} {...errorProps(id, error)} />
      <FieldError id={id} error={error} />
    </Field>
  );
}

/** Checkboxes for choosing several of a list, in a fieldset with its legend (and its problem). */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  options,
  chosen,
  onChange,
  error,
  hint,
}: {
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  error?: string;
  hint?: string;
}) {
  const toggle = (v: V) => onChange(chosen.includes(v) ? chosen.filter((c) => c !== v) : [...chosen, v]);
  return (
    <fieldset id={id} {...errorProps(id, error)}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {options.map((o) => (
        <div className="field checkbox" key={o.value}>
          <input id={`${id}-${o.value}`} type="checkbox" checked={chosen.includes(o.value)} onChange={() => toggle(o.value)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
