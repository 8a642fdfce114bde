/**
 * Masks national identity numbers, email addresses and phone numbers wherever they appear in a
 * log record, so personal data never reaches log storage in clear. Keeps just enough to correlate
 * (the email domain, the last two digits) without identifying a person.
 */
const email = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// Norwegian fødselsnummer / D-number: 11 digits, optionally written 6+5.
const nationalId = /(?<!\d)\d{6}[ ]?\d{5}(?!\d)/g;
// Phone numbers: +47 and 8 digits, or 8 digits in the usual groupings, or any +country number.
const phone = /(?<![\w])(\+\d{1,3}[ ]?)?(\d[ ]?){7}\d(?![\w])/g;

export function maskText(text: string): string {
  return text
    .replace(email, (_m, first: string, domain: string) => `${first}***@${domain}`)
    .replace(nationalId, '***********')
    .replace(phone, (m) => `***${m.replace(/\D/g, '').slice(-2)}`);
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
