import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SinkRecord } from '@inquiry-router/contracts';
import { SentLog } from './sent-log';

const aRecord = (n: number, channel: SinkRecord['channel'] = 'email'): SinkRecord => ({
  id: `r${n}`,
  at: new Date(Date.UTC(2026, 11, 7, 9, 0, n)).toISOString(),
  channel,
  via: channel === 'email' ? 'smtp' : channel === 'social' ? 'meta' : 'webhook',
  from: null,
  to: [`person${n}@example.no`],
  subject: `Melding ${n}`,
  text: 'Hei',
  messageId: null,
  inReplyTo: null,
  references: [],
  inquiryReferences: [],
});

describe('the log of what the sinks received', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sent-log-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the most recent records, serves them newest first, of one channel if asked', () => {
    const log = new SentLog({ capacity: 3 });
    [aRecord(1), aRecord(2, 'social'), aRecord(3), aRecord(4)].forEach((r) => log.add(r));
    expect(log.recent().map((r) => r.id)).toEqual(['r4', 'r3', 'r2']);
    expect(log.recent({ channel: 'email' }).map((r) => r.id)).toEqual(['r4', 'r3']);
    expect(log.recent({ limit: 1 }).map((r) => r.id)).toEqual(['r4']);
  });

  it('keeps them in its file across a restart, rewriting the file once it holds twice the capacity', () => {
    const file = path.join(dir, 'nested', 'sent.jsonl');
    const first = new SentLog({ capacity: 3, file });
    for (let n = 1; n <= 6; n++) first.add(aRecord(n));
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(6);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    first.add(aRecord(7));
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    fs.appendFileSync(file, '{"id":"cut sho');
    const restarted = new SentLog({ capacity: 3, file });
    expect(restarted.recent().map((r) => r.id)).toEqual(['r7', 'r6', 'r5']);
    restarted.add(aRecord(8));
    expect(new SentLog({ capacity: 3, file }).recent().map((r) => r.id)).toEqual(['r8', 'r7', 'r6']);
  });
});
