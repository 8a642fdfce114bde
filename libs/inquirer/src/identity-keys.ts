import { emailIdentity, type IdentityKeyKind, type Inquiry, phoneIdentity, socialAccountIdentity } from '@inquiry-router/contracts';

/** A key that recognises a person, normalised so that two ways of writing it are one; in clear only while it is hashed. */
export interface IdentityKey {
  kind: IdentityKeyKind;
  value: string;
}

/** What identifies the sender of an inquiry: its party and its text (subject and body). */
export type IdentifiedInquiry = Pick<Inquiry, 'from' | 'subject' | 'body'>;

export interface IdentityKeyOptions {
  /** Organisation numbers that are never the inquirer's own: the agencies' and the portal's (quoted as where they write to). */
  othersOrganisationNumbers?: ReadonlySet<string>;
  /** Phone numbers that are never the inquirer's own, as `phoneIdentity` gives them: the support's and the agencies' numbers. */
  othersPhoneNumbers?: ReadonlySet<string>;
}

const checkDigit = (digits: string, weights: readonly number[]): number | null => {
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  return rest === 10 ? null : rest;
};

/**
 * An 11-digit Norwegian national identity number (fødselsnummer), D-number or synthetic test
 * number: a plausible day and month and both mod-11 check digits right. Random eleven digits
 * pass about one time in 130, so a number that merely looks like one is rarely taken for a person.
 */
export function isNationalIdentityNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71); // D-numbers add 40 to the day
  const monthOk = [0, 40, 80].some((offset) => month - offset >= 1 && month - offset <= 12); // H-numbers +40, synthetic +80
  if (!dayOk || !monthOk) return false;
  const k1 = checkDigit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = checkDigit(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 === Number(digits[9]) && k2 === Number(digits[10]);
}

/** A 9-digit Norwegian organisation number: starts with 8 or 9 and its mod-11 check digit is right. */
export function isOrganisationNumber(digits: string): boolean {
  if (!/^[89]\d{8}$/.test(digits)) return false;
  return checkDigit(digits, [3, 2, 7, 6, 5, 4, 3, 2]) === Number(digits[8]);
}

// Written as one run of digits or in the usual groups ("010190 12345", "974 760 673").
const nationalIdInText = /(?<![\d-])(\d{6}) ?(\d{5})(?![\d-])/g;
const organisationNumberInText = /(?<![\d-])(\d{3}) ?(\d{3}) ?(\d{3})(?![\d-])/g;
// A number the person gives as theirs: after "tlf", "mobil", "ring meg på", "call me at" and the like (a signature, a
// request to be called), eight digits in any usual grouping, with or without +47. A bare number could be anyone's.
const ownPhoneInText =
  /(?<![\p{L}\d])(?:tlf|telefon|telefonnummer|mobil|mobilnummer|mob|tel|phone|mobile|ring meg på|ring meg pa|nå meg på|na meg pa|call me on|call me at|reach me at)(?![\p{L}\d])[.:]?\s{0,3}((?:\+|00)?(?:47)?[\s-]?\d(?:[\s-]?\d){7})(?![\d])/giu;

/**
 * The keys an inquiry carries: the email address, phone number and social account it was sent from,
 * a phone number the text gives as the person's own, and the national identity and organisation numbers written in it (valid ones only, the
 * agencies' and the portal's own organisation numbers aside). Each kind and value once.
 */
export function identityKeysOf(inquiry: IdentifiedInquiry, options: IdentityKeyOptions = {}): IdentityKey[] {
  const keys = new Map<string, IdentityKey>();
  const add = (kind: IdentityKeyKind, value: string | null | undefined): void => {
    if (value) keys.set(`${kind}\u0000${value}`, { kind, value });
  };
  const { from } = inquiry;
  if (from.email) add('email', emailIdentity(from.email));
  if (from.phone) add('phone', phoneIdentity(from.phone));
  if (from.handle && from.network) add('social', `${from.network.trim().toLowerCase()}:${socialAccountIdentity(from.handle)}`);

  const text = `${inquiry.subject ?? ''}\n${inquiry.body}`;
  const othersPhones = options.othersPhoneNumbers ?? new Set<string>();
  for (const m of text.matchAll(ownPhoneInText)) {
    const phone = phoneIdentity(m[1]);
    if (/^[2-9]\d{7}$/.test(phone) && !othersPhones.has(phone)) add('phone', phone);
  }
  for (const m of text.matchAll(nationalIdInText)) {
    const digits = m[1] + m[2];
    if (isNationalIdentityNumber(digits)) add('national-id', digits);
  }
  const others = options.othersOrganisationNumbers ?? new Set<string>();
  for (const m of text.matchAll(organisationNumberInText)) {
    const digits = m[1] + m[2] + m[3];
    if (isOrganisationNumber(digits) && !others.has(digits)) add('organisation-number', digits);
  }
  return [...keys.values()];
}

/** How a key kind reads in an explanation ("recognised by email address and phone number"). */
export const IdentityKeyNames: Record<IdentityKeyKind, string> = {
  email: 'email address',
  phone: 'phone number',
  social: 'social account',
  'national-id': 'national identity number',
  'organisation-number': 'organisation number',
};

/** "email address and phone number": the kinds that matched, for a reason an adviser reads. */
export function describeKeys(kinds: readonly IdentityKeyKind[]): string {
  const names = [...new Set(kinds)].map((k) => IdentityKeyNames[k]);
  if (names.length <= 1) return names[0] ?? 'no key';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
