import { readFileSync, readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';

/** CPU time a process has used so far, user and system (ms); null when it is gone or not on Linux. */
export function cpuMsOf(pid: number): number | null {
  try {
    // Fields after the command (which may hold spaces) in /proc/<pid>/stat: utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux of the kinds this runs on. */
const clockTicksPerSecond = 100;

/** The Kafka broker's process on this machine (the local one `deploy/kafka` runs, the oldest if several), if there is one. */
export function brokerPid(): number | null {
  // /proc lists processes by pid, lowest first: the shared broker, started before any test's private one.
  const pids = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(a) - Number(b));
  for (const entry of pids) {
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('kafka.Kafka')) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/** The server processes of the Postgres backends connected to `db`'s database now. */
export async function postgresBackendPids(db: DataSource): Promise<number[]> {
  const rows: { pid: number }[] = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  return rows.map((r) => r.pid);
}

/**
 * Where the CPU of a run went: each named group of processes' CPU time between `start` and
 * `stop`. On a machine of few cores the pipeline's throughput is bounded by the sum per
 * inquiry, so this says which part to make cheaper.
 */
export class CpuAccount {
  private readonly before = new Map<number, number>();

  constructor(private readonly groups: () => Promise<Record<string, number[]>>) {}

  async start(): Promise<void> {
    for (const pid of Object.values(await this.groups()).flat()) this.before.set(pid, cpuMsOf(pid) ?? 0);
  }

  /** CPU ms used by each group since `start` (a process started since counts from zero). */
  async stop(): Promise<Record<string, number>> {
    const used: Record<string, number> = {};
    for (const [group, pids] of Object.entries(await this.groups())) {
      used[group] = Math.round(pids.reduce((sum, pid) => sum + Math.max(0, (cpuMsOf(pid) ?? 0) - (this.before.get(pid) ?? 0)), 0));
    }
    return used;
  }
}
