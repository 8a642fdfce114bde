import { isLanguage, type Language } from '@inquiry-router/contracts';
import type { WordEntry } from './matching/lexicon';
import { foldText } from './normalize-text';

// Function words that tell the three apart, in folded spelling (æ→ae, ø→o, å→a), so they also
// work for people who type without æøå. Words shared by bokmål and nynorsk ("og", "er", "på"),
// and spellings that fold together ("frå"/"fra"), are left out because they decide nothing.
const Nynorsk = new Set([
  'eg',
  'ikkje',
  'kva',
  'korleis',
  'kven',
  'kvifor',
  'kvar',
  'dykk',
  'dykkar',
  'berre',
  'eit',
  'noko',
  'nokon',
  'mykje',
  'heile',
  'vart',
  'fleire',
  'helsing',
  'venleg',
  'tilsett',
  'tilsette',
  'verksemd',
  'verksemda',
  'gjere',
  'gjer',
  'ho',
  'hennar',
  'vore',
  'sja',
  'kome',
  'kjem',
  'fekk',
  'treng',
  'mogleg',
  'ynskjer',
  'eigen',
  'einaste',
  'sidan',
  'framleis',
  'utan',
  'dei',
  'deira',
  'nokre',
  'korfor',
  'meir',
  'sjolv',
  'sjolve',
  'kjenner',
  'veit',
  'hjelp',
]);
const Bokmal = new Set([
  'jeg',
  'ikke',
  'hva',
  'hvordan',
  'hvem',
  'hvorfor',
  'hvor',
  'dere',
  'deres',
  'bare',
  'et',
  'noe',
  'noen',
  'mye',
  'hele',
  'ble',
  'flere',
  'hilsen',
  'vennlig',
  'ansatt',
  'ansatte',
  'virksomhet',
  'virksomheten',
  'gjore',
  'gjor',
  'hun',
  'hennes',
  'vaert',
  'ogsa',
  'komme',
  'kommer',
  'fikk',
  'trenger',
  'mulig',
  'onsker',
  'egen',
  'eneste',
  'siden',
  'fortsatt',
  'uten',
  'dem',
  'mitt',
  'mine',
  'meg',
  'mer',
  'selv',
  'vet',
]);
const English = new Set([
  'the',
  'and',
  'is',
  'are',
  'of',
  'we',
  'my',
  'our',
  'with',
  'have',
  'has',
  'how',
  'can',
  'not',
  'this',
  'that',
  'what',
  'when',
  'it',
  'you',
  'your',
  'please',
  'hello',
  'hi',
  'thanks',
  'does',
  'get',
  'in',
  'an',
  'was',
  'were',
  'would',
  'should',
  'there',
  'which',
  'where',
  'why',
  'from',
  'but',
  'if',
  'on',
  'they',
  'been',
  'any',
  'still',
]);
// "hjelp" and "veit" appear in the nynorsk list only because bokmål writes "hjelpe"/"vet".

const enum Lang {
  En,
  Nn,
  Nb,
  None,
}
// One look-up per word; English wins where a word is in two lists.
const WordLanguage = new Map<string, Lang>([
  ...[...Bokmal].map((w) => [w, Lang.Nb] as const),
  ...[...Nynorsk].map((w) => [w, Lang.Nn] as const),
  ...[...English].map((w) => [w, Lang.En] as const),
]);

/**
 * Guesses bokmål, nynorsk or English from function words of a folded, tokenized text. Ties go to
 * bokmål, the most common language of the support.
 */
export function detectLanguageOfWords(words: readonly string[]): Language {
  let nn = 0;
  let nb = 0;
  let en = 0;
  for (const w of words) {
    const lang = WordLanguage.get(w);
    if (lang === Lang.En) en++;
    else if (lang === Lang.Nn) nn++;
    else if (lang === Lang.Nb) nb++;
  }
  return decide(en, nn, nb);
}

/** The same, from the words' lexicon entries: each word is looked up once, ever. */
export function detectLanguageOfEntries(entries: readonly WordEntry[]): Language {
  let nn = 0;
  let nb = 0;
  let en = 0;
  for (const entry of entries) {
    if (entry.language < 0) entry.language = WordLanguage.get(entry.text) ?? Lang.None;
    const lang = entry.language as Lang;
    if (lang === Lang.En) en++;
    else if (lang === Lang.Nn) nn++;
    else if (lang === Lang.Nb) nb++;
  }
  return decide(en, nn, nb);
}

function decide(en: number, nn: number, nb: number): Language {
  if (en > nn && en > nb) return 'en';
  if (nn > nb) return 'nn';
  return 'nb';
}

/** Guesses bokmål, nynorsk or English from function words of a raw text. */
export function detectLanguage(text: string): Language {
  return detectLanguageOfWords(foldText(text).split(/[^a-z0-9]+/));
}

/** An inquirer's language: the one their inquiry carries if the system writes in it, else guessed from its subject and body. */
export function inquiryLanguage(inquiry: { language?: string | null; subject?: string | null; body: string }): Language {
  return isLanguage(inquiry.language) ? inquiry.language : detectLanguage(`${inquiry.subject ?? ''} ${inquiry.body}`);
}
