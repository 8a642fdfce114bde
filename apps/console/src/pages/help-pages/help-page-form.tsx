import { FormEvent, useState } from 'react';
import type { NewHelpPage } from '@inquiry-router/contracts/views';
import type { Language } from '@inquiry-router/contracts/vocabulary';
import { Field, SelectField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import { wordsOf } from './use-help-pages';

const Languages = ['nb', 'nn', 'en'] as const;

/** Adds a page to the catalogue: address, title, language, keywords and categories (comma-separated). */
export function HelpPageForm({ busy, onAdd }: { busy: boolean; onAdd: (page: NewHelpPage) => Promise<boolean> }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>('nb');
  const [keywords, setKeywords] = useState('');
  const [topics, setTopics] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const added = await onAdd({ url: url.trim(), title: title.trim(), language, keywords: wordsOf(keywords), topics: wordsOf(topics) });
    if (added) [setUrl, setTitle, setKeywords, setTopics].forEach((set) => set(''));
  };
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)}>
      <Field id="help-page-url" label={t('helpPages.url')}>
        <input id="help-page-url" type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <Field id="help-page-title" label={t('helpPages.pageTitle')}>
        <input id="help-page-title" required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <SelectField
        id="help-page-language"
        label={t('helpPages.language')}
        value={language}
        choices={Languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        onChange={setLanguage}
      />
      <Field id="help-page-keywords" label={t('helpPages.keywordsHint')}>
        <input id="help-page-keywords" value={keywords} onChange={(e) => setKeywords(e.target.value)} />
      </Field>
      <Field id="help-page-topics" label={t('helpPages.topicsHint')}>
        <input id="help-page-topics" value={topics} onChange={(e) => setTopics(e.target.value)} />
      </Field>
      <button type="submit" disabled={busy}>
        {t('helpPages.add')}
      </button>
    </form>
  );
}
