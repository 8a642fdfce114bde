import { useCallback } from 'react';
import type {
  ExtendedHoursProposalView,
  PlanningOverviewView,
  PlanningSimulationView,
  RosterShiftView,
} from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { isValidSpan, type PlanningSpan } from './planning-span';

/** The forecast, staffing and deadlines of a span (`GET /api/planning/overview`); nothing is asked for an invalid span. */
export function usePlanningOverview(span: PlanningSpan) {
  const { api } = useSession();
  const { from, to } = span;
  const load = useCallback(
    () => api.get<PlanningOverviewView>(`/api/planning/overview?${new URLSearchParams({ from, to }).toString()}`),
    [api, from, to],
  );
  return useResource(isValidSpan(span) ? load : null);
}

/** The span's shifts with the advisers' competence levels (`GET /api/planning/roster`); nothing for an invalid span. */
export function useRoster(span: PlanningSpan) {
  const { api } = useSession();
  const { from, to } = span;
  const load = useCallback(
    () => api.get<RosterShiftView[]>(`/api/planning/roster?${new URLSearchParams({ from, to }).toString()}`),
    [api, from, to],
  );
  return useResource(isValidSpan(span) ? load : null);
}

const noProposals: ExtendedHoursProposalView[] = [];

/** The proposals of extended hours, and accepting or dismissing one (the caller reloads after). */
export function useProposals() {
  const { api } = useSession();
  const proposals = useResource(useCallback(() => api.get<ExtendedHoursProposalView[]>('/api/planning/proposals'), [api]));
  const decide = useCallback(
    (id: string, decision: 'accept' | 'dismiss') => api.post<unknown>(`/api/planning/proposals/${encodeURIComponent(id)}/${decision}`),
    [api],
  );
  return { proposals: proposals.data ?? noProposals, loaded: proposals.data !== undefined, reload: proposals.reload, decide };
}

/** A day simulated with the planned advisers (`GET /api/planning/simulation`); null: no day chosen. */
export function useSimulation(date: string | null) {
  const { api } = useSession();
  const load = useCallback(
    () => api.get<PlanningSimulationView>(`/api/planning/simulation?${new URLSearchParams({ date: date ?? '' }).toString()}`),
    [api, date],
  );
  return useResource(date ? load : null);
}
