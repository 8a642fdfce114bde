/**
 * Text normalisation before any matching: lower case, æ/ø/å folding, quoted replies, signatures
 * and web links cut off, the phone menu prefix lifted out. Pure string work, no I/O.
 */

const FoldMap: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  aa: 'a',
  ä: 'ae',
  ö: 'o',
  ü: 'u',
  é: 'e',
  è: 'e',
  ê: 'e',
  á: 'a',
  à: 'a',
  ó: 'o',
  ò: 'o',
  ô: 'o',
};
const FoldPattern = /[æøåäöüéèêáàóòô]|aa/g;

/**
 * Lower-cases and folds Norwegian letters the way people type without them: æ→ae, ø→o, å→a, and
 * "aa" (the old spelling of å) → a. Terms and text are folded the same way, so both spellings meet.
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(FoldPattern, (m) => FoldMap[m]);
}

// Lines that open a quoted earlier message; everything from there on is the quote.
const QuoteHeaderPatterns: readonly RegExp[] = [
  /^on\s.{3,200}\bwrote:\s*$/i,
  /^wrote:\s*$/i,
  // "Den 8. januar skrev Brukerservice <brukerservice@altinn.example>:": a name and an address fit.
  /^den\s.{3,200}\bskrev\b.{0,120}:\s*$/i,
  /^.{3,200}\b(skrev|skreiv)( følgende)?:\s*$/i,
  /^[-_]{2,}\s*(original message|opprinnelig melding|opphavleg melding|videresendt melding|forwarded message|begin forwarded message)/i,
  /^(begin forwarded message|videresendt melding)/i,
  /^(fra|frå|from):\s.+/i,
];

// A line that starts a signature block (checked on the trimmed, lower-cased line).
const SignatureStartPatterns: readonly RegExp[] = [
  /^--\s*$/,
  /^(med\s+)?(vennlig|vennleg|venleg|venlig|beste|varm|varme|mange)?\s*(hilsen|hilsener|hilsn|helsing|helsingar|helsingane)\b/,
  /^(mvh|m\.v\.h\.?|vh|hilsen)\b/,
  /^((best|kind|warm|many)\s+)?regards\b/,
  /^(best|cheers|sincerely|yours sincerely|yours faithfully)\s*,?\s*$/,
  /^(thanks|thank you|thx|takk|tusen takk)( (in advance|på forhånd|på førehand|for hjelpen|for help))?\s*[,.!]?\s*([\p{L}.-]+\s*){0,3}$/u,
  /^(sent from my|sendt fra min|sendt frå min|get outlook for)\b/,
];

const MaxClosingLineLength = 80;

/** Cheap pre-check so most lines skip the header patterns: every header has a colon or is a separator. */
function mayBeQuoteHeader(line: string): boolean {
  if (line.length > 250) return false;
  const c = line.charCodeAt(0);
  return (
    line.includes(':') || c === 45 /* - */ || c === 95 /* _ */ || c === 98 /* b */ || c === 66 /* B */ || c === 86 /* V */ || c === 118
  ); /* v */
}

export interface ReplyParts {
  /** What the sender wrote now. */
  own: string;
  /** Quoted earlier messages (empty when none). */
  quoted: string;
}

/** Separates the sender's own text from quoted replies ("> " lines, "On … wrote:", "Den … skrev:", forwarded headers). */
export function splitQuotedReply(body: string): ReplyParts {
  const lines = body.split(/\r?\n/);
  const own: string[] = [];
  const quoted: string[] = [];
  let inQuote = false;
  let hasOwnContent = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (inQuote) {
      quoted.push(line);
      continue;
    }
    if (trimmed.startsWith('>')) {
      quoted.push(trimmed.replace(/^>+\s?/, ''));
      continue;
    }
    // A header only counts after the sender has written something, so "Fra: …" as a first line is kept.
    if (hasOwnContent && mayBeQuoteHeader(trimmed) && QuoteHeaderPatterns.some((p) => p.test(trimmed))) {
      inQuote = true;
      quoted.push(line);
      continue;
    }
    if (trimmed !== '') hasOwnContent = true;
    own.push(line);
  }
  return { own: own.join('\n'), quoted: quoted.join('\n') };
}

/** Cuts a closing greeting and what follows (name, title, company), which only adds noise words. */
export function stripSignature(text: string): string {
  const lines = text.split('\n');
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim().toLowerCase();
    if (trimmed === '') continue;
    // Closing lines are short; long lines are content and need no pattern test.
    if (seenContent && trimmed.length <= MaxClosingLineLength && SignatureStartPatterns.some((p) => p.test(trimmed))) {
      return lines.slice(0, i).join('\n');
    }
    seenContent = true;
  }
  return text;
}

const LetterFoldPattern = /[æøåÆØÅ]/g;
const LetterFoldMap: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'AE', Ø: 'O', Å: 'A' };

/** Folds æ/ø/å only, keeping case: for regular-expression sources, where case carries meaning (\\d vs \\D). */
export function foldLetters(text: string): string {
  return text.replace(LetterFoldPattern, (m) => LetterFoldMap[m]);
}

// A link runs to the next white space, less the punctuation that ends it: a full stop after a link still ends the sentence.
const WebLink = /\bhttps?:\/\/\S*[^\s.,;:!?)\]'"]/gi;

/**
 * Cuts web links out. A link's host and path are not words the person chose to write: a
 * voicemail's recording link (`https://api.twilio.com/…`) read as "api" made a question about sick
 * pay a service-desk matter, and a social attachment's link reads as its platform's file store.
 */
function withoutLinks(text: string): string {
  return text.replace(WebLink, ' ');
}

const IvrPrefix = /^\s*ivr:\s*(\d+)\s*([^.\n]*)[.\n]\s*(innringer|innringar|caller)?\s*:?\s*/i;

export interface NormalizedText {
  /** Folded subject without "SV:", "Re:", "Fwd:" prefixes. */
  subject: string;
  /** Folded own text: no quote, no signature, no phone-menu prefix. */
  content: string;
  /** Folded quoted part of a reply. */
  quoted: string;
  /** Subject (as its own sentence) and own text, folded: what the rules read. */
  combined: string;
  /** The phone menu digit chosen by a caller, when the text is a phone transcript. */
  ivrMenu: string | null;
  /** The subject says this is a reply or a forward. */
  isReply: boolean;
}

const ReplyPrefix = /^\s*((sv|re|vs|fw|fwd|aw)\s*:\s*)+/i;

export function normalizeInquiryText(subject: string | undefined, body: string): NormalizedText {
  const rawSubject = subject ?? '';
  const isReply = ReplyPrefix.test(rawSubject);
  const cleanSubject = rawSubject.replace(ReplyPrefix, '');

  let ivrMenu: string | null = null;
  let text = body;
  const ivr = IvrPrefix.exec(text);
  if (ivr) {
    ivrMenu = ivr[1];
    text = text.slice(ivr[0].length);
  }
  const { own, quoted } = splitQuotedReply(text);
  const content = withoutLinks(stripSignature(own));
  const foldedSubject = foldText(withoutLinks(cleanSubject)).trim();
  const foldedContent = foldText(content);
  return {
    subject: foldedSubject,
    content: foldedContent,
    quoted: quoted ? foldText(quoted) : '',
    combined: foldedSubject ? `${foldedSubject}.\n${foldedContent}` : foldedContent,
    ivrMenu,
    isReply,
  };
}
