import { useCallback } from 'react';
import type { AgencyAgreementsView, AgencyAgreementView, PolicyDraftSummaryView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

const noDrafts: PolicyDraftSummaryView[] = [];
const noAgreements: AgencyAgreementView[] = [];

/** The active policy's agreements and version, and the drafts waiting to be published. */
export function useAgreements() {
  const { api } = useSession();
  const active = useResource(useCallback(() => api.get<AgencyAgreementsView>('/api/policy/agencies'), [api]));
  const drafts = useResource(
    useCallback(() => api.get<PolicyDraftSummaryView[]>('/api/policy/drafts?status=draft'), [api]),
    { fallback: noDrafts },
  );
  const reload = useCallback(async () => {
    await Promise.all([active.reload(), drafts.reload()]);
  }, [active.reload, drafts.reload]);
  return {
    version: active.data?.version ?? '',
    agreements: active.data?.agencies ?? noAgreements,
    drafts: drafts.data ?? noDrafts,
    reload,
  };
}
