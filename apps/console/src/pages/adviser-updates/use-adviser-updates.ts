import { useCallback } from 'react';
import type { AdviserUpdateConfirmationsView, AdviserUpdateView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** The published updates (`GET /api/adviser-updates`), for supervisors. */
export function useAdviserUpdates() {
  const { api } = useSession();
  return useResource(useCallback(() => api.get<AdviserUpdateView[]>('/api/adviser-updates'), [api]));
}

/** Who an update reaches and who has confirmed it (`GET /api/adviser-updates/:id/confirmations`). */
export function useConfirmations(id: string) {
  const { api } = useSession();
  return useResource(
    useCallback(() => api.get<AdviserUpdateConfirmationsView>(`/api/adviser-updates/${encodeURIComponent(id)}/confirmations`), [api, id]),
  );
}
