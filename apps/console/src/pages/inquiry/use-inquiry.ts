import { useCallback } from 'react';
import type { AgencyAgreementsView, AgencyAgreementView, InquiryActionRequest } from '@inquiry-router/contracts/views';
import { isNotFound } from '../../api/api-client';
import { useSession } from '../../api/session';
import { CaseView, InquiryView } from '../../api/types';
import { useResource } from '../../api/use-resource';

const noCases: CaseView[] = [];
const noAgencies: AgencyAgreementView[] = [];

/** One inquiry as the workdesk shows it, with its service desk cases and the agencies it may go to. */
export function useInquiry(id: string) {
  const { api } = useSession();
  const path = `/api/inquiries/${encodeURIComponent(id)}`;
  const inquiry = useResource(useCallback(() => api.get<InquiryView>(path), [api, path]));
  const cases = useResource(
    useCallback(() => api.get<CaseView[]>(`/api/cases?inquiry=${encodeURIComponent(id)}`), [api, id]),
    { fallback: noCases },
  );
  const agencies = useResource(
    useCallback(() => api.get<AgencyAgreementsView>('/api/policy/agencies').then((a) => a.agencies ?? []), [api]),
    { fallback: noAgencies },
  );
  const reload = useCallback(async () => {
    await Promise.all([inquiry.reload(), cases.reload()]);
  }, [inquiry.reload, cases.reload]);
  return {
    view: inquiry.data ?? null,
    missing: isNotFound(inquiry.error),
    cases: cases.data ?? noCases,
    agencies: agencies.data ?? noAgencies,
    /** Loads the inquiry and its cases again after an action. */
    reload,
    /** Posts an action on the inquiry (`answer`, `escalate`, …) with its body; answers with the inquiry after it. */
    act: useCallback(({ action, body }: InquiryActionRequest) => api.post<InquiryView>(`${path}/${action}`, body), [api, path]),
  };
}
