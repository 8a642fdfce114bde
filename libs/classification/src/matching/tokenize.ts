/** Words of a folded text with the sentence each belongs to, so rules can look within one sentence. */
export interface TokenizedText {
  words: string[];
  sentences: number[];
}

const TokenPattern = /[a-z0-9]+|[.!?\n;]+/g;

/** Splits folded text into a-z0-9 words; "-" and punctuation separate words, . ! ? ; and newlines end a sentence. */
export function tokenize(folded: string): TokenizedText {
  const words: string[] = [];
  const sentences: number[] = [];
  let sentence = 0;
  TokenPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TokenPattern.exec(folded)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!isWord) {
      // A dot between digits ("1.5") or in an abbreviation is rare enough to ignore.
      if (words.length > 0 && sentences[sentences.length - 1] === sentence) sentence++;
      continue;
    }
    words.push(t);
    sentences.push(sentence);
  }
  return { words, sentences };
}
