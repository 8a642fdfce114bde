import type { Language } from '@inquiry-router/contracts';

// Function words that tell the three apart; words shared by bokmål and nynorsk ("og", "er", "på")
// are left out because they decide nothing. Matched on lower-cased, unfolded words.
const Nynorsk = new Set([
  'eg', 'ikkje', 'kva', 'korleis', 'kven', 'kvifor', 'kvar', 'frå', 'dykk', 'dykkar', 'berre', 'eit', 'noko', 'nokon',
  'mykje', 'heile', 'vart', 'fleire', 'helsing', 'venleg', 'tilsett', 'tilsette', 'verksemd', 'verksemda', 'gjere', 'gjer',
  'me', 'ho', 'hennar', 'vore', 'sjå', 'òg', 'kome', 'kjem', 'fekk', 'treng', 'skulle', 'mogleg', 'ynskjer', 'eigen',
  'einaste', 'sidan', 'framleis', 'etter', 'utan', 'dei', 'deira', 'korfor', 'nokre', 'skjemaet', 'søknaden', 'lurer',
]);
const Bokmal = new Set([
  'jeg', 'ikke', 'hva', 'hvordan', 'hvem', 'hvorfor', 'hvor', 'fra', 'dere', 'deres', 'bare', 'et', 'noe', 'noen',
  'mye', 'hele', 'ble', 'flere', 'hilsen', 'vennlig', 'ansatt', 'ansatte', 'virksomhet', 'virksomheten', 'gjøre', 'gjør',
  'vi', 'hun', 'hennes', 'vært', 'se', 'også', 'komme', 'kommer', 'fikk', 'trenger', 'mulig', 'ønsker', 'egen',
  'eneste', 'siden', 'fortsatt', 'uten', 'de', 'dem', 'deres', 'noen', 'mitt', 'mine', 'meg', 'lurer',
]);
const English = new Set([
  'the', 'and', 'is', 'are', 'to', 'of', 'i', 'we', 'my', 'our', 'for', 'with', 'have', 'has', 'how', 'can', 'not',
  'this', 'that', 'what', 'when', 'it', 'you', 'your', 'please', 'hello', 'hi', 'thanks', 'do', 'does', 'get', 'in',
  'an', 'a', 'be', 'was', 'were', 'would', 'should', 'there', 'which', 'where', 'why', 'from', 'but', 'if', 'on',
]);
// Shared spellings score for both Norwegian variants; these differ only in the lists above.
const WordPattern = /[a-zæøåéèêòóô]+/g;

/**
 * Guesses bokmål, nynorsk or English from function words. Ties go to bokmål, the most common
 * language of the support; nynorsk needs more nynorsk than bokmål words.
 */
export function detectLanguage(lowerText: string): Language {
  let nn = 0;
  let nb = 0;
  let en = 0;
  WordPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WordPattern.exec(lowerText)) !== null) {
    const w = m[0];
    if (English.has(w)) en++;
    // "me", "lurer" and a few more are used in both; the sets overlap on purpose only where noted.
    if (Nynorsk.has(w)) nn++;
    if (Bokmal.has(w)) nb++;
  }
  if (en > nn && en > nb) return 'en';
  if (nn > nb) return 'nn';
  return 'nb';
}
