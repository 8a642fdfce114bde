// The CSV every export of ours writes (the help-insights report, the console's staffing table):
// RFC 4180 with CRLF line ends, and no field a spreadsheet would run as a formula. It imports
// nothing, so the console uses it as it is.

/** A field's value: a number as it is written (the caller rounds it), none as an empty field. */
export type CsvValue = string | number | null;

/**
 * One field: quoted (quotes doubled) when it holds a separator (a comma, or a semicolon, which
 * spreadsheets in Norwegian split on), a quote or a line break; text starting with =, +, -, @, a tab
 * or a carriage return gets a leading `'`, so a spreadsheet does not run it as a formula. Numbers
 * keep their sign and their decimal point, as spreadsheets read them whatever the language.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a CSV document: fields joined by commas, every row (the last too) ended by CRLF. */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
