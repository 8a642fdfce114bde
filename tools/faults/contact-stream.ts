import { PlannedContact, plannedContact } from './contact-mix';

export interface StreamOptions {
  runId: string;
  /** At least this many contacts are sent. */
  count: number;
  /** Contacts started per second. */
  perSecond: number;
  /** Contacts in flight at most (a slow entrance holds the schedule back, never floods it). */
  concurrency: number;
  /** After the fault's end, at least this many more are sent, so there is traffic to recover with. */
  afterFault: number;
}

/**
 * A steady stream of contacts: one started every 1/perSecond s, at most `concurrency` at once,
 * until `count` are sent and, once the fault has ended (`faultEnded`), `afterFault` more.
 */
export class ContactStream {
  readonly accepted: string[] = [];
  sent = 0;
  private endedAt: number | null = null;

  constructor(
    private readonly options: StreamOptions,
    private readonly send: (contact: PlannedContact) => Promise<boolean>,
  ) {}

  /** Says the fault is over: the stream runs on for `afterFault` more contacts. */
  faultEnded(): void {
    this.endedAt ??= this.sent;
  }

  /** Resolves when `sent` reaches `n` (the moment to start the fault). */
  async reached(n: number): Promise<void> {
    while (this.sent < n) await new Promise((r) => setTimeout(r, 100));
  }

  async run(): Promise<void> {
    const { count, perSecond, concurrency, afterFault, runId } = this.options;
    const started = Date.now();
    const inFlight = new Set<Promise<void>>();
    const more = () => this.sent < count || this.endedAt === null || this.sent < this.endedAt + afterFault;
    for (let n = 0; more(); n++) {
      const due = started + (n * 1000) / perSecond;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const contact = plannedContact(runId, n);
      const task = this.send(contact).then(
        (ok) => void (ok && this.accepted.push(contact.key)),
        () => undefined,
      );
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      this.sent++;
    }
    await Promise.all(inFlight);
  }
}
