import { randomBytes } from 'node:crypto';
import { ContactSenders } from './contact-senders';
import { plannedContact } from './contact-mix';
import { ContactStream } from './contact-stream';
import { countOutcome, FaultOutcome, lostStates } from './fault-outcome';
import { FaultSystem } from './fault-system';
import { Fault, note, pause } from './faults/fault';

export interface RunSettings {
  /** Contacts sent per fault, at least. */
  count: number;
  perSecond: number;
  concurrency: number;
  /** The share of the contacts sent before the fault starts. */
  faultAt: number;
  /** How long the pipeline may take to settle after the stream ends before what is missing counts as lost. */
  settleMs: number;
}

export const defaultSettings: RunSettings = {
  count: Number(process.env.FAULTS_COUNT ?? 5000),
  perSecond: Number(process.env.FAULTS_RATE ?? 40),
  concurrency: Number(process.env.FAULTS_CONCURRENCY ?? 48),
  faultAt: 0.2,
  settleMs: Number(process.env.FAULTS_SETTLE_SECONDS ?? 240) * 1000,
};

/**
 * One fault's run: a steady stream of contacts through the real entrances, the fault inflicted
 * once a fifth of them are sent, then the pipeline watched (Postgres and Redis polled) until every
 * accepted contact is recorded in its final state or the settling time is up.
 */
export async function runFault(
  system: FaultSystem,
  fault: Fault,
  settings: RunSettings = defaultSettings,
): Promise<{ outcome: FaultOutcome; problems: string[] }> {
  const runId = randomBytes(3).toString('hex');
  const senders = new ContactSenders(system.entrances);
  const stream = new ContactStream(
    { runId, count: settings.count, perSecond: settings.perSecond, concurrency: settings.concurrency, afterFault: settings.perSecond * 10 },
    (contact) => senders.send(contact),
  );
  let recovery: Promise<number> = Promise.resolve(0);
  note(`${fault.name}: streaming ${settings.count} contacts (run ${runId})`);
  const streaming = stream.run();
  try {
    await stream.reached(Math.round(settings.count * settings.faultAt));
    note(`${fault.name}: inflicting after ${stream.sent} sent`);
    await fault.inflict(system, () => {
      note(`${fault.name}: fault over after ${stream.sent} sent`);
      stream.faultEnded();
      recovery = secondsUntilProgress(() => (fault.progress ?? ((s) => s.progress()))(system), settings.settleMs);
    });
  } finally {
    // Also when the fault could not be inflicted or repaired: the stream ends before anything else runs.
    stream.faultEnded();
    await streaming;
    senders.close();
  }
  note(`${fault.name}: ${stream.sent} sent, ${stream.accepted.length} accepted; settling`);
  await system.allReady();

  const outcome = async (recoverSeconds: number) =>
    countOutcome(fault.name, stream.accepted, await system.inquiryRows(runId), await system.queuePlaces(), recoverSeconds);
  let last = await outcome(0);
  for (const deadline = Date.now() + settings.settleMs; last.lost > 0 && Date.now() < deadline;) {
    await pause(2000);
    last = await outcome(0).catch(() => last);
  }
  note(`${fault.name}: settled with ${last.lost} not recorded`);
  if (last.lost > 0) await noteLost(system, fault, stream.accepted, runId);
  const recoverSeconds = await recovery;
  const problems: string[] = [];
  if (!Number.isFinite(recoverSeconds)) problems.push(`the pipeline did not process again within ${settings.settleMs / 1000} s`);
  await fault.verify?.(system).catch((error: Error) => problems.push(error.message));
  return { outcome: await outcome(recoverSeconds), problems };
}

/** Each state the lost contacts are in, with how many and a few of their markers (to find in the apps' logs). */
async function noteLost(system: FaultSystem, fault: Fault, accepted: readonly string[], runId: string): Promise<void> {
  const states = lostStates(accepted, await system.inquiryRows(runId), await system.queuePlaces());
  for (const [state, contacts] of states)
    note(
      `${fault.name}: ${contacts.length} lost as "${state}": ${contacts
        .slice(0, 5)
        .map((c) => `${c} (${entranceOf(runId, c)})`)
        .join(', ')}`,
    );
}

/**
 * Seconds from now until `measure` grows past its first readable value (NaN if it never does
 * within `timeoutMs`): the pipeline got something done after the fault's end.
 */
async function secondsUntilProgress(measure: () => Promise<number | null>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let baseline: number | null = null;
  while (Date.now() - started < timeoutMs) {
    const value = await measure().catch(() => null);
    if (value !== null && baseline === null) baseline = value;
    else if (value !== null && baseline !== null && value > baseline) return (Date.now() - started) / 1000;
    await pause(250);
  }
  return Number.NaN;
}

const entranceOf = (runId: string, contact: string): string => plannedContact(runId, Number(contact.split('x').pop())).entrance;
