import { useCallback } from 'react';
import type { DevelopmentToolName, DevelopmentToolsView } from '@inquiry-router/contracts/views';
import { isSupportStaff } from './access';
import { useSession } from './session';
import { useResource } from './use-resource';

const none: DevelopmentToolsView = { tools: [] };

/**
 * The development tools the workdesk offers (`GET /api/development`, support staff): none in
 * production, where the route is not there, and none while it has not answered.
 */
export function useDevelopmentTools(): readonly DevelopmentToolName[] {
  const { session, api } = useSession();
  const staff = isSupportStaff(session);
  const load = useCallback(() => api.get<DevelopmentToolsView>('/api/development'), [api]);
  return useResource(staff ? load : null, { fallback: none }).data?.tools ?? none.tools;
}
