import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AgencyAgreementsView, AgencyAgreementView, InquirySearchPageView } from '@inquiry-router/contracts/views';
import { actsForAgency, inquiryPathFor } from '../../api/access';
import { useSession } from '../../api/session';
import { failureOf, useResource } from '../../api/use-resource';
import { Notice, Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useRouter } from '../../router';
import { SearchForm } from './search-form';
import { isSearch, queryOf, searchApiPath, searchFromQuery } from './search-query';
import { SearchResults } from './search-results';

const noAgencies: AgencyAgreementView[] = [];

/**
 * Finding inquiries (advisers, supervisors; agency users only among those forwarded to them): the
 * search lives in the address (`/search?q=…&page=2`), so it can be shared, reloaded and gone back
 * to; each new search or page moves focus to the results' heading.
 */
export function SearchPage() {
  const { t } = useI18n();
  const { api, session } = useSession();
  const { search, navigate } = useRouter();
  const agencyUser = actsForAgency(session);
  const { fields, page } = useMemo(() => searchFromQuery(search), [search]);
  const sent = isSearch(search);

  const load = useCallback(() => api.get<InquirySearchPageView>(searchApiPath(fields, page)), [api, fields, page]);
  const results = useResource(sent ? load : null);
  // The agencies to choose from; an agency user finds only their own, and is not asked.
  const loadAgencies = useCallback(() => api.get<AgencyAgreementsView>('/api/policy/agencies').then((a) => a.agencies ?? []), [api]);
  const agencies = useResource(agencyUser ? null : loadAgencies, { fallback: noAgencies });

  // A search asked for here (not the one the page opened with) takes focus to its results once they are in.
  const heading = useRef<HTMLHeadingElement>(null);
  const asked = useRef<string | null>(null);
  const opened = useRef(search);
  useEffect(() => {
    if (search !== opened.current) asked.current = search;
  }, [search]);
  useEffect(() => {
    if (results.data && asked.current === search) {
      heading.current?.focus();
      asked.current = null;
    }
  }, [results.data, search]);

  const failed = failureOf(results.error);

  return (
    <Page title={t('search.title')}>
      <SearchForm
        key={search}
        initial={fields}
        agencies={agencies.data ?? noAgencies}
        withAgency={!agencyUser}
        onSearch={(next) => navigate(`/search${queryOf(next, 1)}`)}
        onClear={() => navigate('/search')}
      />
      {sent && failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      {!sent && <p>{t('search.notYet')}</p>}
      {sent && results.data && (
        <SearchResults
          result={results.data}
          heading={heading}
          pathOf={(id) => inquiryPathFor(session, id)}
          pageUrl={(n) => `/search${queryOf(fields, n)}`}
        />
      )}
    </Page>
  );
}
