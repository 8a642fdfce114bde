/**
 * Routes every inquiry of a JSONL file under the default policy, with the text model trained here
 * from the project's examples (`--rules`: the rules alone), and prints one JSON decision per
 * line on stdout. Usage: node dist/tools/cli/route.js FILE.jsonl
 *
 * A malformed line is reported on stderr with its line number and skipped; the rest of the file is
 * still routed, and the exit code is then 1 so a script notices. Exit code 2: no or unreadable file.
 */
import { classifyInquiry, defaultPolicy } from '@inquiry-router/classification';
import { parseInquiryLines, readInputFile } from './read-inquiry-lines';
import { trainProjectModel } from '../training/project-examples';

function main(): void {
  const content = readInputFile('usage: route FILE.jsonl [--rules]  (one inquiry JSON object per line)');
  const model = process.argv.includes('--rules') ? null : trainProjectModel(defaultPolicy, 'route');
  const { lines, errors } = parseInquiryLines(content);
  const out: string[] = [];
  for (const { id, inquiry } of lines) {
    const d = classifyInquiry(inquiry, defaultPolicy, model);
    out.push(
      JSON.stringify({
        id,
        target: d.target,
        kind: d.kind,
        category: d.category,
        agency: d.agency,
        caseType: d.caseType,
        confidence: d.confidence,
        reasons: d.reasons,
      }),
    );
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  for (const e of errors) process.stderr.write(`line ${e.lineNumber}: ${e.message}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

main();
