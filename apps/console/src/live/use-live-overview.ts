import { useEffect, useState } from 'react';
import type { LiveOverview } from '../api/types';

export type LiveState = 'connecting' | 'live' | 'disconnected';

/**
 * The supervisors' overview as the workdesk streams it (`GET /api/live`, server-sent events):
 * the latest `overview` and the connection's state. EventSource reconnects by itself.
 */
export function useLiveOverview(token: string | null): { overview: LiveOverview | null; state: LiveState; receivedAt: Date | null } {
  const [overview, setOverview] = useState<LiveOverview | null>(null);
  const [state, setState] = useState<LiveState>('connecting');
  const [receivedAt, setReceivedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!token) return;
    const source = new EventSource(`/api/live?access_token=${encodeURIComponent(token)}`);
    source.addEventListener('open', () => setState('live'));
    source.addEventListener('error', () => setState(source.readyState === EventSource.CLOSED ? 'disconnected' : 'connecting'));
    source.addEventListener('overview', (event) => {
      setOverview(JSON.parse((event as MessageEvent<string>).data) as LiveOverview);
      setReceivedAt(new Date());
      setState('live');
    });
    return () => source.close();
  }, [token]);
  return { overview, state, receivedAt };
}

/** Ticks every `ms` so waits shown as durations stay current between events. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}
