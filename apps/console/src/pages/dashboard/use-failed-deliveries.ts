import { useCallback } from 'react';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

export interface FailedDelivery {
  inquiryId: string;
  agency: string;
  attempts: number;
  lastError: string | null;
  forwardedAt: string;
  failedAt?: string | null;
}

const none: FailedDelivery[] = [];

/** The latest forwardings whose retries ran out; loaded again whenever the live count of them changes. */
export function useFailedDeliveries(failedCount: number | undefined): FailedDelivery[] {
  const { api } = useSession();
  const failed = useResource(
    // failedCount is not read: a new count makes a new loader, and so a fresh list.
    useCallback(() => api.get<FailedDelivery[]>('/api/agency-deliveries?status=failed&limit=20'), [api, failedCount]),
    { fallback: none },
  );
  return failed.data ?? none;
}
