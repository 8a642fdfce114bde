import type { AgencyCode, TechnicalCategory } from '@inquiry-router/contracts';

/**
 * The routing policy as data. Everything here is plain JSON (no functions, no RegExp objects) so
 * the same structure can be stored in Postgres (JSONB), edited by an operator and loaded back.
 *
 * Term syntax (used by every `string[]` of words or phrases below):
 * - Written as people write it; matching folds case and æ/ø/å (æ→ae, ø→o, å/aa→a), so
 *   "årsregnskap" also matches "arsregnskap" and "aarsregnskap".
 * - Several words form a phrase that must occur in that order; `-` splits words like a space
 *   ("a-melding" = "a melding").
 * - A word may end with `*` (prefix: "deleger*" matches "delegere", "delegering") or start with
 *   `*` (suffix: "*refusjon" matches "sykepengerefusjon").
 * - The word `~` inside a phrase skips up to two words ("får ~ logget" matches "får ikke logget"
 *   and "får jeg ikke logget").
 *
 * Pattern syntax (`...Patterns`): JavaScript regular-expression source, matched case-insensitively
 * against the folded text (so write "a" for "å" and "o" for "ø").
 */

/** Words grouped by how much they say. A strong term counts 2, a weak one 1. */
export interface WeightedTerms {
  strong?: string[];
  weak?: string[];
}

/** The addresses, numbers and accounts one desk receives contacts on. */
export interface ContactPoints {
  emails: string[];
  /** E.164 style, e.g. "+4775006000"; compared on digits only. */
  phones: string[];
  /** Social-media handles, e.g. "@altinn"; compared case-insensitively. */
  socialAccounts: string[];
}

/** A question about the agency's service that the portal's own advisers still handle. */
export interface AgreementException {
  description: string;
  /** Any of these phrases makes the exception apply. */
  terms: string[];
  /** The portal category such a question gets. */
  category: TechnicalCategory;
}

/** An inquiry typical of the agreement, kept with it so advisers and operators see what it covers. */
export interface AgreementExample {
  text: string;
  note?: string;
}

/** One agency's agreement: which subject-matter questions belong to it. */
export interface AgencyAgreement {
  code: AgencyCode;
  name: string;
  orgNumber: string;
  /** Human-readable list of the agency's services on the portal (documentation for advisers). */
  services: string[];
  /** Service codes (`Inquiry.serviceCode`) owned by the agency; a code may be shared. */
  serviceCodes: string[];
  /** Form numbers owned by the agency, as patterns (e.g. "\\brf[- ]?\\d{4}\\b"). */
  formNumberPatterns: string[];
  /** Words and phrases typical of the agency's subject matter, including its own and its services' names. */
  vocabulary: WeightedTerms;
  exceptions: AgreementException[];
  /** Example inquiries (documentation; the classifier does not read them). */
  examples?: AgreementExample[];
}

export interface SecondLineVocabulary {
  /** Error codes, references, HTTP statuses, correlation ids and our own case numbers. */
  errorCodePatterns: string[];
  /** Says an earlier contact with the portal's support about the same problem did not solve it. */
  earlierContact: string[];
  /**
   * Look like earlier contacts but are not: referrals ("the tax office told me to contact you"), in
   * the same sentence as the earlier-contact words, and closings of a solved matter ("that worked,
   * thanks"; "a new question"), which keep a reply from counting as one (`stillUnsolved`).
   */
  notEarlierContact: string[];
  /** Found in the quoted part of a reply: an adviser already sent the thread to the second line. */
  escalatedThread: string[];
  /**
   * Says the problem is still there ("fungerer fortsatt ikke", "framleis same feil", "still the
   * same"): an earlier contact that did not solve it when the message replies to a mail from the
   * portal's support (`supportSenders`), and no more than a complaint anywhere else. Absent in
   * versions published before it existed.
   */
  stillUnsolved?: string[];
  /**
   * How the portal's support signs and sends its mails ("Brukerservice"): in the quoted part of a
   * reply, one of these or a support address makes the message a reply to the support. Absent in
   * versions published before it existed.
   */
  supportSenders?: string[];
  /**
   * Words for contacting the support ("ringte", "tok kontakt", "wrote to"): with a `repeatMarkers`
   * word a few words away in the same sentence, and no agency named there, they say an earlier
   * contact however the sentence goes on ("femte gang jeg tar kontakt"). Absent in versions
   * published before it existed.
   */
  contactWords?: string[];
  /** Make a contact a repeated or an earlier one ("igjen", "tredje gang", "forrige uke", "again", "last week"). */
  repeatMarkers?: string[];
}

export interface BlockingVocabulary {
  /** Says on its own that something in the portal fails ("feilmelding", "not working"). */
  failures: WeightedTerms;
  /** Negations ("får ikke", "can't") that block only together with a portal action in the same sentence. */
  negations: string[];
  /** What a person does in the portal: log in, open, find, fill in, attach, sign, submit. */
  portalActions: string[];
  /** Marks a sentence as an aside ("either", "forresten"): its problem does not make the message technical. */
  asideMarkers: string[];
}

export interface Vocabularies {
  technicalCategories: Record<TechnicalCategory, WeightedTerms>;
  servicedesk: {
    /** APIs, end-user systems, certificates, Maskinporten, system users, test environments, service development. */
    integration: WeightedTerms;
    /** Who is writing: a service owner or a vendor (servicedesk, category from the content). */
    serviceOwnerOrVendor: WeightedTerms;
  };
  servicedeskCaseTypes: {
    feil: WeightedTerms;
    bestilling: WeightedTerms;
  };
  secondLine: SecondLineVocabulary;
  blocking: BlockingVocabulary;
  /** What to answer, rules, amounts, deadlines, obligations, an agency's decision or letter. */
  subjectMatterQuestions: WeightedTerms;
}

export interface RepeatContactRule {
  withinDays: number;
}

/** The routing requirement's default: an unresolved contact in the last 14 days. */
export const RepeatContactDefaults: RepeatContactRule = { withinDays: 14 };

/** The repeat-contact rule a policy sets, or the default for versions without one. */
export const repeatContactRule = (policy: Pick<RoutingPolicy, 'repeatContact'>): RepeatContactRule =>
  policy.repeatContact ?? RepeatContactDefaults;

export interface RoutingPolicy {
  /** Recorded on every decision, e.g. "2026-11-24.1". */
  version: string;
  /** Below this confidence (0..1) the inquiry goes to the first line for a person to triage. */
  confidenceThreshold: number;
  contactPoints: {
    support: ContactPoints;
    servicedesk: ContactPoints;
  };
  agencies: AgencyAgreement[];
  /**
   * A technical inquiry from a person whose earlier contact on the same matter (same category, thread
   * or case) within this many days is unresolved or was reopened goes to the second line. Absent in
   * versions published before it existed: `RepeatContactDefaults` applies.
   */
  repeatContact?: RepeatContactRule;
  /** Phone menu choice (the digit after "IVR:") → the category it hints at. */
  ivrMenuCategories: Record<string, TechnicalCategory>;
  vocabularies: Vocabularies;
}
