import { useCallback } from 'react';
import type { InquirerAuditEntryView, PersonalDataReadView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** Who read a person's data (`GET /api/inquirers/:id/reads`) and what was done to it (`…/audit`), for supervisors. */
export function useInquirerLog(inquirerId: string) {
  const { api } = useSession();
  const base = `/api/inquirers/${encodeURIComponent(inquirerId)}`;
  const reads = useResource(useCallback(() => api.get<PersonalDataReadView[]>(`${base}/reads`), [api, base]));
  const audit = useResource(useCallback(() => api.get<InquirerAuditEntryView[]>(`${base}/audit`), [api, base]));
  return { reads: reads.data, audit: audit.data, error: reads.error ?? audit.error };
}
