/** What one client address may do at once and per minute. */
export interface ClientLimits {
  connectionsPerClient: number;
  messagesPerMinute: number;
}

const Minute = 60_000;

/**
 * Per client address: the connections it has open and its allowance of messages. The allowance
 * is a bucket of `messagesPerMinute` that refills evenly over a minute, so a burst of a minute's
 * messages passes and a steady sender is held to the rate. Kept in memory: the limits are per
 * instance. Time is the monotonic clock, never the (possibly simulated) business clock.
 */
export class SmtpClientLimits {
  /** Open connections by session id, with the address each was counted for. */
  private readonly clientOf = new Map<string, string>();
  private readonly open = new Map<string, number>();
  private readonly allowance = new Map<string, { messages: number; at: number }>();
  private sweptAt: number;

  constructor(
    private readonly limits: ClientLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweptAt = now();
  }

  /** Counts a new connection of `address`; false (not counted) when it has all its connections open. */
  connect(sessionId: string, address: string): boolean {
    const open = this.open.get(address) ?? 0;
    if (open >= this.limits.connectionsPerClient) return false;
    this.open.set(address, open + 1);
    this.clientOf.set(sessionId, address);
    return true;
  }

  /** A connection closed; one that was never counted (refused) changes nothing. */
  disconnect(sessionId: string): void {
    const address = this.clientOf.get(sessionId);
    if (address === undefined) return;
    this.clientOf.delete(sessionId);
    const open = (this.open.get(address) ?? 1) - 1;
    if (open > 0) this.open.set(address, open);
    else this.open.delete(address);
  }

  /** Takes one message from the address's allowance; false when it is used up for now. */
  takeMessage(address: string): boolean {
    const now = this.now();
    this.sweep(now);
    const capacity = this.limits.messagesPerMinute;
    const last = this.allowance.get(address);
    const messages = last ? Math.min(capacity, last.messages + ((now - last.at) * capacity) / Minute) : capacity;
    if (messages < 1) return false;
    this.allowance.set(address, { messages: messages - 1, at: now });
    return true;
  }

  // An allowance untouched for a minute is full again, the same as none: forgotten, so
  // addresses that came once do not pile up.
  private sweep(now: number): void {
    if (now - this.sweptAt < Minute) return;
    this.sweptAt = now;
    for (const [address, { at }] of this.allowance) if (now - at >= Minute) this.allowance.delete(address);
  }
}
