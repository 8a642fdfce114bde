import { useCallback } from 'react';
import type { AdviserCompetencesView, CompetenceAuditView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** The advisers with their competences (`GET /api/competences`) and the change log (`…/audit`), for supervisors. */
export function useCompetences() {
  const { api } = useSession();
  const register = useResource(useCallback(() => api.get<AdviserCompetencesView[]>('/api/competences'), [api]));
  const audit = useResource(useCallback(() => api.get<CompetenceAuditView[]>('/api/competences/audit'), [api]));
  const reload = useCallback(() => Promise.all([register.reload(), audit.reload()]).then(() => undefined), [register, audit]);
  return { register: register.data, audit: audit.data, error: register.error ?? audit.error, reload };
}
