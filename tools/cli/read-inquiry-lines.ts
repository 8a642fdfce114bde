import { readFileSync } from 'node:fs';
import type { InquiryText } from '@inquiry-router/classification';

export interface InquiryLine {
  lineNumber: number;
  id: string;
  inquiry: InquiryText;
  /** The raw object, for fields a caller needs beyond the inquiry (e.g. `expected`). */
  raw: Record<string, unknown>;
}

export interface LineError {
  lineNumber: number;
  message: string;
}

const Channels = new Set(['phone', 'email', 'social']);

/** Checks the fields the classifier needs; returns a message naming what is wrong, or null. */
function problemWith(o: Record<string, unknown>): string | null {
  if (typeof o.channel !== 'string' || !Channels.has(o.channel)) return 'field "channel" must be "phone", "email" or "social"';
  if (typeof o.to !== 'string' || o.to.trim() === '') return 'field "to" must be a non-empty string';
  if (typeof o.body !== 'string') return 'field "body" must be a string';
  if (o.subject !== undefined && o.subject !== null && typeof o.subject !== 'string') return 'field "subject" must be a string';
  if (o.serviceCode !== undefined && o.serviceCode !== null && typeof o.serviceCode !== 'string')
    return 'field "serviceCode" must be a string';
  return null;
}

/** Parses a JSONL text into inquiries and per-line errors; blank lines are skipped. */
export function parseInquiryLines(content: string): { lines: InquiryLine[]; errors: LineError[] } {
  const lines: InquiryLine[] = [];
  const errors: LineError[] = [];
  content.split(/\r?\n/).forEach((text, i) => {
    const lineNumber = i + 1;
    if (text.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      errors.push({ lineNumber, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      errors.push({ lineNumber, message: 'expected a JSON object' });
      return;
    }
    const o = parsed as Record<string, unknown>;
    const problem = problemWith(o);
    if (problem) {
      errors.push({ lineNumber, message: problem });
      return;
    }
    const inquiry: InquiryText = {
      channel: o.channel as InquiryText['channel'],
      to: o.to as string,
      subject: (o.subject as string | undefined) ?? undefined,
      body: o.body as string,
      serviceCode: (o.serviceCode as string | undefined) ?? undefined,
    };
    lines.push({ lineNumber, id: typeof o.id === 'string' ? o.id : `line-${lineNumber}`, inquiry, raw: o });
  });
  return { lines, errors };
}

/** Reads the file named on the command line, or prints usage / the read error and exits. */
export function readInputFile(usage: string): string {
  const file = process.argv[2];
  if (!file || file === '-h' || file === '--help') {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    process.exit(2);
  }
}
