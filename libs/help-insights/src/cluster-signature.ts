import type { ClusterTermView } from '@inquiry-router/contracts';
import { questionTerms } from './question-terms';
import type { TermVector, Vocabulary } from './term-vectors';

/** How many of a centre's heaviest terms make its signature, and how many name it. */
export const SignatureTerms = 12;
export const LabelTerms = 4;

/** A centre's heaviest terms, weights rounded and summing to the centre's share of them (length 1 over the kept terms). */
export function signatureOf(centre: TermVector, vocabulary: Vocabulary, size = SignatureTerms): ClusterTermView[] {
  const top = [...centre].sort(([a, wa], [b, wb]) => wb - wa || vocabulary.terms[a].localeCompare(vocabulary.terms[b])).slice(0, size);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([i, w]) => ({ term: vocabulary.terms[i], weight: Math.round((w / norm) * 10_000) / 10_000 }));
}

/** The words a centre is shown by: its heaviest terms as people most often wrote them. */
export function labelsOf(centre: TermVector, vocabulary: Vocabulary, size = LabelTerms): string[] {
  return signatureOf(centre, vocabulary, size).map(({ term }) => vocabulary.words[vocabulary.index.get(term)!]);
}

/** Cosine similarity of two signatures (term → weight). */
export function signatureSimilarity(a: readonly ClusterTermView[], b: readonly ClusterTermView[]): number {
  const weights = new Map(b.map((t) => [t.term, t.weight]));
  const dotted = a.reduce((sum, t) => sum + t.weight * (weights.get(t.term) ?? 0), 0);
  const length = (s: readonly ClusterTermView[]) => Math.sqrt(s.reduce((sum, t) => sum + t.weight * t.weight, 0));
  const lengths = length(a) * length(b);
  return lengths > 0 ? dotted / lengths : 0;
}

/**
 * How similar a question is to a signature: the cosine of its terms (each once) with the
 * signature's weights. What an editor's mark recognises its cluster's questions by, in any period.
 */
export function questionSimilarity(text: string | ReadonlySet<string>, signature: readonly ClusterTermView[]): number {
  const terms = typeof text === 'string' ? termSetOf(text) : text;
  if (terms.size === 0) return 0;
  const weights = new Map(signature.map((t) => [t.term, t.weight]));
  let dotted = 0;
  for (const term of terms) dotted += weights.get(term) ?? 0;
  const length = Math.sqrt(signature.reduce((sum, t) => sum + t.weight * t.weight, 0));
  return length > 0 ? dotted / (length * Math.sqrt(terms.size)) : 0;
}

/** A question's distinct terms. */
export function termSetOf(text: string): Set<string> {
  return new Set(questionTerms(text).map((t) => t.term));
}
