import { ServerResponse } from 'node:http';

/**
 * Masks national identity numbers, email addresses and phone numbers wherever they appear in a
 * log record, so personal data never reaches log storage in clear. Keeps just enough to correlate
 * (the email domain, the last two digits) without identifying a person.
 */
const email = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
/**
 * Norwegian fødselsnummer, D- and H-number: 11 digits, the birth date first (DDMMYY, or DD.MM.YY),
 * then the personal number after a space, dash or dot or none. Never inside a reference such as
 * `IR-…` or `RF-…` (no letter, digit or dash before or after).
 */
const nationalId = /(?<![\w-])(\d\d)(\.?)(\d\d)\2\d\d[ .-]?\d{5}(?![\w-])/g;
// International numbers: + or 00, a country code, then 6 to 12 digits in any grouping of spaces, dots, dashes and parentheses.
const internationalPhone = /(?<![\w+-])(?:\+|00)[1-9]\d{0,2}(?:[ .()-]{0,2}\d){6,12}(?![\w-])/g;
// Norwegian numbers: +47 and 8 digits, or 8 digits in the usual groupings; not the first group of a
// UUID (a random id such as a consumer's member id), which may be 8 digits too.
const phone = /(?<![\w])(\+\d{1,3}[ ]?)?(\d[ ]?){7}\d(?![\w])(?!-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}(?![\w-]))/g;

/**
 * Eleven digits in a row are taken for an identity number whatever they say; written with a
 * separator, the first four must be a day and month (D-numbers add 40 to the day, H-numbers 40 to
 * the month, test numbers 80), so dates and reference numbers that merely look alike stay.
 */
function looksLikeNationalId(match: string, day: string, month: string): boolean {
  if (/^\d{11}$/.test(match)) return true;
  const [d, m] = [Number(day), Number(month)];
  const validDay = (d >= 1 && d <= 31) || (d >= 41 && d <= 71);
  const validMonth = [0, 40, 80].some((offset) => m - offset >= 1 && m - offset <= 12);
  return validDay && validMonth;
}

const lastTwoDigits = (m: string) => `***${m.replace(/\D/g, '').slice(-2)}`;

export function maskText(text: string): string {
  return text
    .replace(email, (_m, first: string, domain: string) => `${first}***@${domain}`)
    .replace(nationalId, (m: string, day: string, _dot: string, month: string) => (looksLikeNationalId(m, day, month) ? '***********' : m))
    .replace(internationalPhone, lastTwoDigits)
    .replace(phone, lastTwoDigits);
}

/**
 * The personal data `maskText` would mask in a text, as it stands there (what masking leaves, such
 * as `t***@example.no` or `***45`, is not found again): to check that logs hold none in clear.
 */
export function findPersonalData(text: string): { kind: 'email' | 'national id' | 'phone'; found: string }[] {
  const all = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]);
  const nationalIds = [...text.matchAll(nationalId)].filter((m) => looksLikeNationalId(m[0], m[1], m[3])).map((m) => m[0]);
  return [
    ...all(email).map((found) => ({ kind: 'email' as const, found })),
    ...nationalIds.map((found) => ({ kind: 'national id' as const, found })),
    // A number both phone patterns match is one finding.
    ...[...new Set([...all(internationalPhone), ...all(phone)])].map((found) => ({ kind: 'phone' as const, found })),
  ];
}

/** Field names whose whole value is personal data, whatever it looks like. */
const personalFields = new Set([
  'from',
  'email',
  'phone',
  'name',
  'handle',
  'nationalid',
  'fnr',
  'ssn',
  'password',
  'token',
  'authorization',
]);

export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[depth]';
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v, depth + 1));
  // Its ISO text in the log; walked as an object it would be `{}`.
  if (value instanceof Date) return value;
  // The request log's response holds nothing of a person's that the log needs but its status.
  // Walked, it is a graph of sockets and buffers (about 80 kB of JSON) copied at every request,
  // and the copy lost what tells the status was sent.
  if (value instanceof ServerResponse) return { statusCode: value.statusCode };
  if (value instanceof Error) {
    // Same prototype, so the log's error serializer still names the real error type.
    const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) copy[k] = maskPersonalData(v, depth + 1);
    copy.message = maskText(value.message);
    copy.stack = value.stack ? maskText(value.stack) : undefined;
    return copy;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = personalFields.has(k.toLowerCase()) && v !== null && v !== undefined ? '[masked]' : maskPersonalData(v, depth + 1);
    }
    return out;
  }
  return value;
}
