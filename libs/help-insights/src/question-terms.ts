/**
 * The words of a question that say what it is about: lower-cased, split on anything not a letter
 * or digit, without Norwegian (bokmål, nynorsk) and English function words, greetings and bare
 * numbers, each cut to a rough stem so that "passordet", "passord" and "logget"/"logge" meet.
 */

const stopwords = new Set(
  [
    // bokmål
    'og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver hvem vors hvis både bare enn fordi før mange også slik vært båe begge siden dykk dykkar dei deira deires deim di då eg ein eit eitt elles honom hjå ho hoe henne hennar hennes hoss hossen ikkje ingi inkje korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje no nokon noka nokor noko nokre sia sidan so somt somme um upp vere vore verte vort varte vart får fått gjør gjøre gjort',
    'hei hallo heisann takk tusen hilsen mvh vennlig vennleg helsing hjelp hjelpe hjelpen trenger treng gjelder gjeld angående ang lurer lure fint godt god dag kveld please',
    // English
    'the a an and or but if of to in on at by for with about from into is are was were be been being have has had do does did not no yes i me my we our you your he she it its they them their this that these those what which who whom how why when where can could would should will shall may might must there here as so than too very just also get got any some all more most other such only own same then once hello hi dear thanks thank regards best kind help regarding concerning',
  ]
    .join(' ')
    .split(/\s+/),
);

// Longest first; a suffix is cut only when a stem of four letters or more is left.
const suffixes = [
  'hetene',
  'heten',
  'ingen',
  'ingar',
  'inger',
  'endes',
  'ende',
  'ande',
  'ene',
  'ane',
  'ing',
  'ert',
  'ets',
  'ens',
  'et',
  'en',
  'er',
  'ar',
  'ed',
  'es',
  'a',
  'e',
  's',
];

/** A word's rough stem: up to two suffixes cut ("innloggingen" → "innlogging" → "innlogg"). */
export function stem(word: string): string {
  let current = word;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = suffixes.find((s) => current.endsWith(s) && current.length - s.length >= 4);
    if (!suffix) break;
    current = current.slice(0, -suffix.length);
  }
  return current;
}

/** A term and the word it was written as. */
export interface QuestionTerm {
  term: string;
  word: string;
}

/** At most this many words of a question are read: the first lines say what it is about, and long mails stay cheap. */
export const MaxWordsPerQuestion = 80;

/** The terms of a question, in order, repeats kept (they count towards its term frequency). */
export function questionTerms(text: string, maxWords = MaxWordsPerQuestion): QuestionTerm[] {
  const terms: QuestionTerm[] = [];
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    // Addresses and links say nothing about the question, and are personal data besides.
    .replace(/\S+@\S+|https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}]+/u);
  for (const word of words) {
    if (terms.length >= maxWords) break;
    if (word.length < 3 || stopwords.has(word) || /^\d+$/.test(word)) continue;
    terms.push({ term: stem(word), word });
  }
  return terms;
}
