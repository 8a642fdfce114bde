import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionClusterView } from '@inquiry-router/contracts/views';
import type { Locale } from '../../i18n/catalogue';
import { ClusterCard } from './cluster-card';
import { renderInLocale } from '../../testing/console-under-test';

const cluster: QuestionClusterView = {
  id: 'login:bankid+logg',
  labels: ['bankid', 'logge'],
  signature: { category: 'login', terms: [{ term: 'bankid', weight: 0.8 }] },
  examples: ['Får ikke logget inn med BankID'],
  weeks: [{ week: '2026-W49', count: 4 }],
  count: 4,
  resolved: 2,
  firstContactShare: 0.5,
  averageHandleSeconds: 600,
  helpPage: null,
  templates: [
    { templateId: 't1', title: 'Innlogging med BankID', language: 'nb', retired: false, uses: 3 },
    { templateId: 't2', title: 'Eldre svar om BankID', language: 'nn', retired: true, uses: 1 },
  ],
  marks: [],
};

const shown = (locale: Locale) => {
  renderInLocale(<ClusterCard cluster={cluster} pages={[]} mayMark={false} busy={false} onMark={() => undefined} />, locale);
  return within(screen.getByTestId('cluster-templates'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
};

describe('a cluster’s saved answers', () => {
  afterEach(cleanup);

  it('lists them by title, language and uses, saying which is retired', () => {
    expect(shown('nb')).toEqual([
      'Innlogging med BankID (Bokmål): brukt 3 ganger',
      'Eldre svar om BankID (Nynorsk, avviklet): brukt 1 gang',
    ]);
  });

  it('says it in nynorsk and English too', () => {
    expect(shown('nn')).toEqual([
      'Innlogging med BankID (Bokmål): nytta 3 gonger',
      'Eldre svar om BankID (Nynorsk, avvikla): nytta 1 gong',
    ]);
    cleanup();
    expect(shown('en')).toEqual(['Innlogging med BankID (Bokmål): used 3 times', 'Eldre svar om BankID (Nynorsk, retired): used 1 time']);
  });
});
