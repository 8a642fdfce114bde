/**
 * TwiML one element a line, nested elements indented, for reading in the call's log. Only the
 * space between tags changes: what Twilio would say is left as the adapter wrote it.
 */
export function readableTwiml(xml: string): string {
  let depth = 0;
  return xml
    .replace(/>\s*</g, '>\n<')
    .split('\n')
    .map((line) => {
      if (line.startsWith('</')) depth = Math.max(0, depth - 1);
      const indented = `${'  '.repeat(depth)}${line}`;
      // An opening tag alone on its line (not `<?xml …?>`, not self-closing, not closed on the same line) opens a level.
      if (/^<[A-Za-z][^>]*>$/.test(line) && !line.endsWith('/>')) depth++;
      return indented;
    })
    .join('\n');
}
