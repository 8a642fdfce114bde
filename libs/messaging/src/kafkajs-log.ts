import { logLevel, LogEntry } from 'kafkajs';

export type PinoLevel = 'error' | 'warn' | 'info' | 'debug';

const levels: Record<number, PinoLevel> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs's text of REBALANCE_IN_PROGRESS. */
const rebalancing = /^The group is rebalancing/;

/** kafkajs's own lines about a consumer it crashed and restarts (its `onCrash`). */
const consumerCrashLine = /^(Crash: |Restarting the consumer in )/;

/**
 * The level a kafkajs log line is written at. kafkajs writes at `error` what this project treats
 * as routine or reports better itself:
 * - a group coordinator that is loading or moving (every broker start), which kafkajs retries;
 * - a rebalance: a heartbeat's answer at `error`, the members' rejoining at `warn`;
 * - a consumer's crash and restart: the apps' consumers (`ConsumerGroupMember`) and the dead-letter
 *   replay report their crashes from the CRASH event, with topic and group and at the level the
 *   cause deserves, so kafkajs's two lines with a stack each would say it again, louder;
 * - publishing that gives up after bounded retries, on purpose: the caller learns that Kafka is
 *   down from the error it gets.
 */
export function kafkajsLogLevel(entry: Pick<LogEntry, 'namespace' | 'level' | 'log'>): PinoLevel {
  const level = levels[entry.level] ?? 'info';
  const { message, error } = entry.log as { message: string; error?: unknown };
  // A warning at every producer's start.
  if (/Limiting retries for the idempotent producer/.test(message)) return 'debug';
  // An instance joined or left the group (every deploy, every scale-out): the members rejoin, said once at info.
  if (typeof error === 'string' && rebalancing.test(error)) return entry.namespace === 'Runner' ? 'info' : 'debug';
  if (level !== 'error') return level;
  if (typeof error === 'string' && /coordinator/i.test(error)) return 'debug';
  if (entry.namespace === 'Consumer' && consumerCrashLine.test(message)) return 'debug';
  return level;
}

/** kafkajs's protocol errors that only say the group's coordinator is not ready yet: it retries them. */
const coordinatorNotReady = new Set(['GROUP_LOAD_IN_PROGRESS', 'GROUP_COORDINATOR_NOT_AVAILABLE', 'NOT_COORDINATOR_FOR_GROUP']);

/** Whether a consumer crashed only because its group's coordinator was loading or moving (a broker start, a failover). */
export function isCoordinatorNotReady(error: unknown): boolean {
  for (let e = error as { type?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.type === 'string' && coordinatorNotReady.has(e.type)) return true;
  }
  return false;
}
