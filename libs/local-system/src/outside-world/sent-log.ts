import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SentChannel, SinkRecord } from '@inquiry-router/contracts';

/** The file holds people's addresses and what they were told: readable by its owner alone. */
const PrivateFile = 0o600;

/** How many records the sinks keep (and serve) by default. */
export const DefaultSentCapacity = 1000;

export interface SentLogOptions {
  /** The most recent this many are kept; older ones drop out. */
  capacity?: number;
  /** A JSON-lines file the records are appended to and read back from at the next start; none: memory only. */
  file?: string;
}

/**
 * What the local sinks received: the most recent `capacity` records in memory, and (when given a
 * file) on disk, so a restarted `npm start` still shows what was sent before. The file is written
 * one line per record and rewritten to the kept records once it holds twice as many.
 */
export class SentLog {
  readonly capacity: number;
  private readonly file?: string;
  private records: SinkRecord[] = [];
  private linesInFile = 0;

  constructor(options: SentLogOptions = {}) {
    this.capacity = options.capacity ?? DefaultSentCapacity;
    this.file = options.file;
    if (this.file) this.load(this.file);
  }

  add(record: SinkRecord): void {
    this.records.push(record);
    if (this.records.length > this.capacity) this.records.splice(0, this.records.length - this.capacity);
    if (!this.file) return;
    if (this.linesInFile + 1 > 2 * this.capacity) {
      this.rewrite(this.file);
    } else {
      fs.appendFileSync(this.file, `${JSON.stringify(record)}\n`, { mode: PrivateFile });
      this.linesInFile++;
    }
  }

  /** The records, newest first, of one channel if given, at most `limit`. */
  recent(options: { limit?: number; channel?: SentChannel } = {}): SinkRecord[] {
    const all = options.channel ? this.records.filter((r) => r.channel === options.channel) : this.records;
    return all.slice(-(options.limit ?? this.capacity)).reverse();
  }

  /** Every record kept, oldest first. */
  all(): readonly SinkRecord[] {
    return this.records;
  }

  private load(file: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file)) return;
    const content = fs.readFileSync(file, 'utf8');
    const lines = content.split('\n').filter(Boolean);
    this.linesInFile = lines.length;
    // A line cut short (the process killed mid-write) is skipped, not fatal.
    const records = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as SinkRecord];
      } catch {
        return [];
      }
    });
    this.records = records.slice(-this.capacity);
    // Written afresh, so the next record does not join a cut line.
    if (records.length !== lines.length || (content !== '' && !content.endsWith('\n'))) this.rewrite(file);
  }

  private rewrite(file: string): void {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, this.records.map((r) => `${JSON.stringify(r)}\n`).join(''), { mode: PrivateFile });
    fs.renameSync(temporary, file);
    this.linesInFile = this.records.length;
  }
}
