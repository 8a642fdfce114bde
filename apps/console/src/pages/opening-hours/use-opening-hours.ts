import { useCallback } from 'react';
import type { OpeningDayView, OpeningExceptionView, OpeningHoursView, OpeningStatusView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

const noDays: OpeningDayView[] = [];
const noExceptions: OpeningExceptionView[] = [];

/** Whether support is open now, the coming days' hours, and the extended-hours orders and closures. A failed load keeps what was shown. */
export function useOpeningHours() {
  const { api } = useSession();
  const status = useResource(useCallback(() => api.get<OpeningStatusView>('/api/opening-hours/status'), [api]));
  const days = useResource(useCallback(() => api.get<OpeningHoursView>('/api/opening-hours').then((r) => r.days), [api]));
  const exceptions = useResource(useCallback(() => api.get<OpeningExceptionView[]>('/api/opening-hours/exceptions'), [api]));
  const reload = useCallback(async () => {
    await Promise.all([status.reload(), days.reload(), exceptions.reload()]);
  }, [status.reload, days.reload, exceptions.reload]);
  return { status: status.data ?? null, days: days.data ?? noDays, exceptions: exceptions.data ?? noExceptions, reload };
}
