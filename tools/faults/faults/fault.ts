import { FaultSystem } from '../fault-system';

export { note } from '../note';

/** One fault the harness puts the system through while contacts flow. */
export interface Fault {
  /** The name on its line of output. */
  name: string;
  /**
   * Breaks the system and repairs it: calls `ended()` at the moment the fault is over (the broken
   * part is started again, or works again) and resolves once the repair is done.
   */
  inflict(system: FaultSystem, ended: () => void): Promise<void>;
  /**
   * What "processing again" means after this fault, as a number that grows with the work done;
   * by default every inquiry recorded, delivery made and queue entry added (`FaultSystem.progress`).
   */
  progress?(system: FaultSystem): Promise<number | null>;
  /** Checks of the fault's own once the pipeline settled; throws what it found wrong. */
  verify?(system: FaultSystem): Promise<void>;
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns true or `timeoutMs` passes; says whether it did. */
export async function until(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 500): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await pause(everyMs)) if (await probe()) return true;
  return false;
}
