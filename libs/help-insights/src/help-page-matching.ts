import type { ClusterTermView } from '@inquiry-router/contracts';
import { questionTerms } from './question-terms';

/** A help page as matching reads it. */
export interface HelpPage {
  id: string;
  url: string;
  title: string;
  keywords: readonly string[];
  /** The categories it is written for; empty: any. */
  topics: readonly string[];
}

/** Least share of a cluster's signature a page's words must cover to answer it (default). */
export const DefaultMatchThreshold = 0.3;

/** One term covers another when they are equal, or (compounds: "innlogging" and "logg…") one of four letters or more is inside the other. */
function covers(pageTerm: string, term: string): boolean {
  if (pageTerm === term) return true;
  const [short, long] = pageTerm.length <= term.length ? [pageTerm, term] : [term, pageTerm];
  return short.length >= 4 && long.includes(short);
}

/** The terms of a page: of its title and keywords, normalised as questions are. */
export function pageTerms(page: HelpPage): string[] {
  return [...new Set(questionTerms([page.title, ...page.keywords].join(' '), 200).map((t) => t.term))];
}

/** The share of the signature's weight that the page's terms cover (0–1). */
export function pageCoverage(signature: readonly ClusterTermView[], terms: readonly string[]): number {
  const total = signature.reduce((s, t) => s + t.weight, 0);
  if (total === 0) return 0;
  const covered = signature.filter((t) => terms.some((p) => covers(p, t.term))).reduce((s, t) => s + t.weight, 0);
  return covered / total;
}

/**
 * The page that answers a cluster best: among pages written for its category (or for any), the one
 * whose title and keywords cover the largest share of the cluster's signature, if that share
 * reaches `threshold`; null when none does — a gap in the help pages. Ties go to the URL first in order.
 */
export function bestHelpPage(
  category: string,
  signature: readonly ClusterTermView[],
  pages: readonly { page: HelpPage; terms: readonly string[] }[],
  threshold = DefaultMatchThreshold,
): { page: HelpPage; score: number } | null {
  let best: { page: HelpPage; score: number } | null = null;
  for (const { page, terms } of pages) {
    if (page.topics.length > 0 && !page.topics.includes(category)) continue;
    const score = pageCoverage(signature, terms);
    if (score < threshold) continue;
    if (!best || score > best.score || (score === best.score && page.url < best.page.url)) best = { page, score };
  }
  return best;
}
