import type { TechnicalCategory } from '@inquiry-router/contracts';
import { CompiledPolicy, SignalLabel, StrongWeight, WeakWeight, mayMatch } from '../compile-policy';
import { TermHit } from '../matching/term-matcher';
import { TokenizedText, tokenize } from '../matching/tokenize';
import { NormalizedText, foldText } from '../normalize-text';
import type { InquiryText } from '../classification-result';
import { isSentTo } from './contact-points';
import { AgencyIdentifier, Evidence, ExceptionHit, Signals, emptyEvidence } from './signals';

function addTo(e: Evidence, hit: TermHit<SignalLabel>, strong: boolean, seen: Set<number>, factor = 1): void {
  // A term counts once however often it is repeated.
  if (seen.has(hit.termIndex)) return;
  seen.add(hit.termIndex);
  e.score += hit.spec.weight * factor;
  if (strong) e.strong = true;
  e.terms.push(hit.spec.term);
}

function evidenceOf<K>(map: Map<K, Evidence>, key: K): Evidence {
  let e = map.get(key);
  if (!e) {
    e = emptyEvidence();
    map.set(key, e);
  }
  return e;
}

interface SentenceFlags {
  strongFailure: string | null;
  weakFailure: string | null;
  negation: string | null;
  action: string | null;
  aside: boolean;
  earlier: string | null;
  notEarlier: boolean;
  stillUnsolved: string | null;
  /** Contact words and repeat markers with the word they start at. */
  contacts: TermHit<SignalLabel>[];
  repeats: TermHit<SignalLabel>[];
  /** An agency is named: a contact in this sentence is probably one with the agency. */
  agencyNamed: boolean;
}

/** The labels whose every hit is evidence for one field of the signals, and that field. */
const EvidenceOfLabel = {
  integration: 'integration',
  'service-owner': 'serviceOwnerOrVendor',
  'case-feil': 'caseFeil',
  'case-bestilling': 'caseBestilling',
  question: 'subjectQuestion',
} as const satisfies Partial<Record<SignalLabel['kind'], keyof Signals>>;

/** The labels that flag their sentence with the first term found, and that flag. */
const TermFlagOfLabel = {
  negation: 'negation',
  action: 'action',
  'earlier-contact': 'earlier',
  'still-unsolved': 'stillUnsolved',
} as const satisfies Partial<Record<SignalLabel['kind'], keyof SentenceFlags>>;

/** The labels that only mark their sentence, and that mark. */
const MarkOfLabel = {
  aside: 'aside',
  'not-earlier-contact': 'notEarlier',
} as const satisfies Partial<Record<SignalLabel['kind'], keyof SentenceFlags>>;

/** Gathers the signals of one inquiry: one term-matcher pass over subject and own text, plus a few patterns. */
export function collectSignals(inquiry: InquiryText, text: NormalizedText, tokens: TokenizedText, compiled: CompiledPolicy): Signals {
  const { policy } = compiled;
  const combined = text.combined;
  const hasSubject = text.subject !== '';
  const hits = compiled.matcher.match(tokens);

  const signals: Signals = {
    sentToServicedesk: isSentTo(inquiry.channel, inquiry.to, compiled.servicedesk),
    agencies: new Map(),
    agencyIdentifiers: new Map(),
    exceptions: [],
    categories: new Map(),
    integration: emptyEvidence(),
    serviceOwnerOrVendor: emptyEvidence(),
    caseFeil: emptyEvidence(),
    caseBestilling: emptyEvidence(),
    errorCodes: [],
    earlierContact: [],
    escalatedThread: [],
    supportReply: false,
    stillUnsolved: [],
    blocking: emptyEvidence(),
    asideBlocking: [],
    subjectQuestion: emptyEvidence(),
    ivrCategory: null,
  };

  const seen = new Set<number>();
  const sentences = new Map<number, SentenceFlags>();
  const flagsOf = (s: number): SentenceFlags => {
    let f = sentences.get(s);
    if (!f) {
      f = {
        strongFailure: null,
        weakFailure: null,
        negation: null,
        action: null,
        aside: false,
        earlier: null,
        notEarlier: false,
        stillUnsolved: null,
        contacts: [],
        repeats: [],
        agencyNamed: false,
      };
      sentences.set(s, f);
    }
    return f;
  };

  for (const hit of hits) {
    const label = hit.spec.data;
    switch (label.kind) {
      case 'agency':
        addTo(evidenceOf(signals.agencies, label.key), hit, label.strong, seen);
        if (hit.spec.term === compiled.agencies.get(label.key)?.name) flagsOf(hit.sentence).agencyNamed = true;
        break;
      case 'exception': {
        const [agency, index] = label.key.split('#');
        const ex = compiled.agencies.get(agency)?.exceptions[Number(index)];
        if (ex && !signals.exceptions.some((e) => e.agency === agency && e.description === ex.description)) {
          signals.exceptions.push({
            agency,
            description: ex.description,
            category: ex.category,
            term: hit.spec.term,
          } satisfies ExceptionHit);
        }
        break;
      }
      case 'category':
        // The subject names the topic; body words are often context ("tried in Chrome").
        addTo(
          evidenceOf(signals.categories, label.key as TechnicalCategory),
          hit,
          label.strong,
          seen,
          hit.sentence === 0 && hasSubject ? 1.5 : 1,
        );
        break;
      case 'integration':
      case 'service-owner':
      case 'case-feil':
      case 'case-bestilling':
      case 'question':
        addTo(signals[EvidenceOfLabel[label.kind]], hit, label.strong, seen);
        break;
      case 'failure': {
        const f = flagsOf(hit.sentence);
        if (label.strong) f.strongFailure ??= hit.spec.term;
        else f.weakFailure ??= hit.spec.term;
        break;
      }
      case 'negation':
      case 'action':
      case 'earlier-contact':
      case 'still-unsolved':
        flagsOf(hit.sentence)[TermFlagOfLabel[label.kind]] ??= hit.spec.term;
        break;
      case 'contact-word':
        flagsOf(hit.sentence).contacts.push(hit);
        break;
      case 'repeat-marker':
        flagsOf(hit.sentence).repeats.push(hit);
        break;
      case 'aside':
      case 'not-earlier-contact':
        flagsOf(hit.sentence)[MarkOfLabel[label.kind]] = true;
        break;
      default:
        break;
    }
  }

  let closesSolvedMatter = false;
  for (const f of sentences.values()) {
    // A referral ("they told me to contact you") in the same sentence is not an earlier contact.
    if (f.earlier && !f.notEarlier) signals.earlierContact.push(f.earlier);
    else if (!f.agencyNamed && !f.notEarlier) {
      const repeated = repeatedContact(f);
      if (repeated) signals.earlierContact.push(repeated);
    }
    if (f.notEarlier) closesSolvedMatter = true;
    if (f.stillUnsolved && !f.notEarlier) signals.stillUnsolved.push(f.stillUnsolved);
    let score = 0;
    const why: string[] = [];
    if (f.strongFailure) {
      score += StrongWeight;
      why.push(f.strongFailure);
    }
    if (f.negation && f.action) {
      score += StrongWeight;
      why.push(`${f.negation} … ${f.action}`);
    }
    if (f.weakFailure && (f.negation || f.action)) {
      score += WeakWeight;
      why.push(f.weakFailure);
    }
    if (score === 0) continue;
    if (f.aside) {
      signals.asideBlocking.push(why.join(', '));
      continue;
    }
    signals.blocking.score += score;
    signals.blocking.strong = true;
    signals.blocking.terms.push(...why);
  }

  // Patterns for codes and numbers run on the raw folded text, where "-", ":" and digits survive.
  const hasDigit = /\d/.test(combined);
  const found = compiled.literals.find(combined, tokens.entries);
  for (const gated of compiled.errorCodePatterns) {
    if (!mayMatch(gated, found, hasDigit)) continue;
    const code = firstErrorCode(gated.pattern, combined, compiled);
    if (code) signals.errorCodes.push(code);
  }
  for (const gated of compiled.formNumbers) {
    // Form numbers are numbers: digit-free text has none, whatever the pattern says.
    if (!hasDigit) break;
    if (!mayMatch(gated, found, hasDigit)) continue;
    const m = gated.pattern.exec(combined);
    if (m) addIdentifier(signals, gated.agency, { kind: 'form-number', value: m[0].toUpperCase() }, 3);
  }
  if (inquiry.serviceCode) {
    const code = foldText(inquiry.serviceCode.trim());
    const owners = compiled.serviceCodes.get(code) ?? [];
    for (const agency of owners) addIdentifier(signals, agency, { kind: 'service-code', value: inquiry.serviceCode }, StrongWeight);
    if (owners.length === 0) {
      for (const { agency, pattern } of compiled.formNumbers) {
        if (pattern.test(code)) addIdentifier(signals, agency, { kind: 'service-code-form-number', value: inquiry.serviceCode }, 3);
      }
    }
  }

  if (text.quoted) {
    const quotedHits = compiled.matcher.match(tokenize(text.quoted));
    for (const hit of quotedHits) {
      const kind = hit.spec.data.kind;
      if (kind === 'escalated' && !signals.escalatedThread.includes(hit.spec.term)) signals.escalatedThread.push(hit.spec.term);
      if (kind === 'support-sender') signals.supportReply = true;
    }
    if (!signals.supportReply) signals.supportReply = [...compiled.support.emails].some((e) => text.quoted.includes(e));
  } else if (text.isReply) {
    // A reply to a mail sent to the support, with the quote cut off: the support's answer is what it replies to.
    signals.supportReply = true;
  }
  // "Still the same" in a reply to the support's answer: that answer did not solve it. A reply
  // that closes the matter ("that worked, thanks; a new question") is not one.
  if (signals.supportReply && signals.stillUnsolved.length > 0 && !closesSolvedMatter && signals.earlierContact.length === 0) {
    signals.earlierContact.push(`${signals.stillUnsolved[0]} (in a reply to the support's answer)`);
  }

  if (text.ivrMenu) signals.ivrCategory = policy.ivrMenuCategories[text.ivrMenu] ?? null;
  return signals;
}

/** How many words apart a contact word and a repeat marker may stand; a phone transcript is one long sentence. */
const MaxContactDistance = 6;

/** "femte gang jeg tar kontakt", "skrevet til dere to ganger": a contact said to be a repeated or an earlier one. */
function repeatedContact(f: SentenceFlags): string | null {
  for (const contact of f.contacts) {
    const repeat = f.repeats.find((r) => Math.abs(r.start - contact.start) <= MaxContactDistance && r.start !== contact.start);
    if (repeat) return `${contact.spec.term} … ${repeat.spec.term}`;
  }
  return null;
}

/**
 * The first match of an error-code pattern that is not an agency's form number: RF-1086 or
 * RA-0123 name the agency's form, not an error the portal reported.
 */
function firstErrorCode(pattern: RegExp, text: string, compiled: CompiledPolicy): string | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const found = m[0].trim();
    if (found !== '' && !compiled.formNumbers.some((f) => f.pattern.test(found))) return found;
    if (m[0] === '') pattern.lastIndex++;
  }
  return null;
}

function addIdentifier(signals: Signals, agency: string, identifier: AgencyIdentifier, weight: number): void {
  const notes = signals.agencyIdentifiers.get(agency) ?? [];
  if (notes.some((n) => n.kind === identifier.kind && n.value === identifier.value)) return;
  notes.push(identifier);
  signals.agencyIdentifiers.set(agency, notes);
  const e = evidenceOf(signals.agencies, agency);
  e.score += weight;
  e.strong = true;
}
