/**
 * One periodic job's runs, never two at once: a tick while the previous run is still going is
 * skipped, a failing run is handed to `onFailure` and the next tick runs as usual. `idle()` waits
 * for the run in hand, so whoever stops the ticks can let it finish before connections close.
 */
export class NonOverlappingJob {
  private running: Promise<void> | null = null;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Starts a run unless one is going; returns it (or the one going) so callers may wait. */
  tick(): Promise<void> {
    this.running ??= this.run()
      .then(() => undefined)
      .catch((error: unknown) => this.onFailure(error))
      .finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves once no run is going. */
  async idle(): Promise<void> {
    await this.running;
  }
}
