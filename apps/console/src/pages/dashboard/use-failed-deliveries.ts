import { useCallback } from 'react';
import type { AgencyDeliveryView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

const none: AgencyDeliveryView[] = [];

/** The latest forwardings whose retries ran out; loaded again whenever the live count of them changes. */
export function useFailedDeliveries(failedCount: number | undefined): AgencyDeliveryView[] {
  const { api } = useSession();
  const failed = useResource(
    // failedCount is not read: a new count makes a new loader, and so a fresh list.
    useCallback(() => api.get<AgencyDeliveryView[]>('/api/agency-deliveries?status=failed&limit=20'), [api, failedCount]),
    { fallback: none },
  );
  return failed.data ?? none;
}
