import { NamedError } from '@inquiry-router/contracts';
import type { Network } from '../social-message';

/** One platform's send API. */
export interface ReplySender {
  readonly networks: readonly Network[];
  /** Whether its credentials are set; without them every send would fail. */
  readonly configured: boolean;
  /** Resolves when the platform accepted the message; rejects with the reason otherwise. */
  send(recipientId: string, text: string): Promise<void>;
}

export const REPLY_SENDERS = Symbol('REPLY_SENDERS');

export class SendFailed extends NamedError {
  /** The platform's HTTP status, when it answered; a 4xx other than 408/429 will not change on a retry. */
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** Posts JSON and turns anything but a 2xx into SendFailed with the status (never the body: it may echo personal data). */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new SendFailed(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await res.arrayBuffer().catch(() => undefined); // free the connection
  if (!res.ok) throw new SendFailed(`${what} answered ${res.status}`, res.status);
}
