import { FormEvent, useState } from 'react';
import type { AgencyAgreementView } from '@inquiry-router/contracts/views';
import { Channels, InquiryStatuses, QueueNames } from '@inquiry-router/contracts/vocabulary';
import { Choice, choicesOf, Field, SelectField } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { spanReversed, type SearchFields } from './search-query';

/**
 * What to search for: words of the text, a reference, the sender, status, queue, agency (not for
 * an agency user, who finds only their own), channel and the days received. `initial` is the
 * search in the address; sending the form puts the new one there.
 */
export function SearchForm({
  initial,
  agencies,
  withAgency,
  onSearch,
  onClear,
}: {
  initial: SearchFields;
  agencies: readonly AgencyAgreementView[];
  withAgency: boolean;
  onSearch: (fields: SearchFields) => void;
  onClear: () => void;
}) {
  const { t, label } = useI18n();
  const [fields, setFields] = useState(initial);
  const set = (name: keyof SearchFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const reversed = spanReversed(fields);
  const any: Choice = { value: '', label: t('search.any') };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reversed) onSearch(fields);
  };

  const text = (name: keyof SearchFields, caption: string, type = 'text') => (
    <Field id={`search-${name}`} label={caption}>
      <input
        id={`search-${name}`}
        type={type}
        value={fields[name]}
        onChange={(e) => set(name)(e.target.value)}
        {...(type === 'date' && reversed ? { 'aria-invalid': true, 'aria-describedby': 'search-span-error' } : {})}
      />
    </Field>
  );
  const select = (name: keyof SearchFields, caption: string, choices: readonly Choice[]) => (
    <SelectField id={`search-${name}`} label={caption} value={fields[name]} choices={[any, ...choices]} onChange={set(name)} />
  );

  return (
    <Section id="search-form" title={t('search.form')}>
      <form className="search-form" onSubmit={submit} role="search" aria-label={t('search.form')}>
        <div className="search-fields">
          {text('q', t('search.words'), 'search')}
          {text('reference', t('search.reference'))}
          {text('sender', t('search.sender'))}
          {select(
            'status',
            t('search.status'),
            choicesOf(InquiryStatuses, (s) => label('status', s)),
          )}
          {select(
            'queue',
            t('search.queue'),
            choicesOf(QueueNames, (q) => label('queue', q)),
          )}
          {withAgency &&
            (agencies.length > 0
              ? select(
                  'agency',
                  t('search.agency'),
                  agencies.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` })),
                )
              : text('agency', t('search.agency')))}
          {select(
            'channel',
            t('search.channel'),
            choicesOf(Channels, (c) => label('channel', c)),
          )}
          {text('from', t('search.from'), 'date')}
          {text('to', t('search.to'), 'date')}
        </div>
        {reversed && (
          <p id="search-span-error" className="field-error">
            {t('search.invalidSpan')}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary">
            {t('search.submit')}
          </button>
          <button type="button" className="secondary" onClick={onClear}>
            {t('search.clear')}
          </button>
        </div>
      </form>
    </Section>
  );
}
