import type { SentChannel, SinkRecord } from '@inquiry-router/contracts';
import { SentSinks, SinksAnswer } from './sent.ports';

/** How long the sinks (on this machine) may take to answer. */
const SinksTimeoutMs = 5000;

/** Reads the local sinks over HTTP (`GET <LOCAL_SINKS_URL>/sent`); unset: they are not running here. */
export class LocalSinks extends SentSinks {
  constructor(private readonly url: string | undefined) {
    super();
  }

  async recent(limit: number, channel?: SentChannel): Promise<SinksAnswer> {
    if (!this.url)
      return {
        state: 'not-running',
        reason: 'the local sinks are not running: LOCAL_SINKS_URL is not set (npm start sets it in development)',
        records: [],
      };
    const base = this.url.replace(/\/+$/, '');
    const query = new URLSearchParams({ limit: String(limit), ...(channel && { channel }) });
    try {
      const res = await fetch(`${base}/sent?${query.toString()}`, { signal: AbortSignal.timeout(SinksTimeoutMs) });
      const body = (await res.json()) as { items?: unknown };
      if (!res.ok || !Array.isArray(body.items)) throw new Error(`answered ${res.status}`);
      return { state: 'running', url: base, records: body.items as SinkRecord[] };
    } catch (error) {
      return { state: 'unreachable', reason: `the local sinks at ${base} did not answer: ${(error as Error).message}`, records: [] };
    }
  }
}
