import { useCallback } from 'react';
import type { MenteeEscalationView, MyAdviserUpdateView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** The updates reaching the adviser (`GET /api/adviser-updates/mine`). */
export function useMyUpdates() {
  const { api } = useSession();
  return useResource(useCallback(() => api.get<MyAdviserUpdateView[]>('/api/adviser-updates/mine'), [api]));
}

/** What the adviser's trainees escalated to them (`GET /api/mentoring/escalations`). */
export function useMenteeEscalations() {
  const { api } = useSession();
  return useResource(useCallback(() => api.get<MenteeEscalationView[]>('/api/mentoring/escalations'), [api]));
}
