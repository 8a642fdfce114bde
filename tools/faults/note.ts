/** A progress note on stderr (stdout holds only the result lines). */
export function note(line: string): void {
  process.stderr.write(`faults ${new Date().toISOString().slice(11, 19)} ${line}\n`);
}
