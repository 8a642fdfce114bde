import type {
  ClusterTemplateUseView,
  HelpInsightsReportView,
  HelpPageMarkReportView,
  HelpPageMarkView,
  InsightsCategoryView,
  QuestionClusterView,
} from '@inquiry-router/contracts';
import { labelsOf, signatureOf, signatureSimilarity, termSetOf } from './cluster-signature';
import { contactMeasures, type ContactFacts } from './contact-measures';
import { bestHelpPage, DefaultMatchThreshold, pageTerms, type HelpPage } from './help-page-matching';
import { isoWeeksBetween, weekCounts } from './iso-weeks';
import { markEffect } from './mark-effect';
import { clusterQuestions, type ClusteringOptions } from './question-clusters';
import { questionTerms } from './question-terms';
import { dot, termVectors } from './term-vectors';

export interface InsightsOptions {
  clustering?: ClusteringOptions;
  /** Least share of a cluster's signature a page must cover to answer it. */
  matchThreshold?: number;
  /** Days either side of a mark its effect is counted over (fewer while the mark is younger). */
  markWindowDays?: number;
  /** Example questions per cluster. */
  examples?: number;
  /** A mark is found again in a cluster whose signature is at least this similar to its own. */
  markMatchThreshold?: number;
}

/** One answer made from a saved answer: the inquiry it answered, and the template as now kept. */
export interface TemplateUse {
  inquiryId: string;
  templateId: string;
  title: string;
  language: ClusterTemplateUseView['language'];
  retired: boolean;
}

export interface InsightsInput {
  from: Date;
  to: Date;
  now: Date;
  /** The contacts received in [from, to). */
  contacts: readonly ContactFacts[];
  pages: readonly HelpPage[];
  marks: readonly HelpPageMarkView[];
  /** The contacts around the marks (their windows; see `markWindowsSpan`). */
  markContacts: readonly Pick<ContactFacts, 'category' | 'receivedAt' | 'text'>[];
  /** The saved answers used on the contacts, one per use. */
  templateUses: readonly TemplateUse[];
  /** Masks personal data in the example questions shown. */
  mask: (text: string) => string;
  options?: InsightsOptions;
}

export const DefaultMarkWindowDays = 28;
const ExampleLength = 240;

/**
 * The help-page insights for a period: per category (largest first) its measures, its weekly
 * counts and its clusters of similar questions, each with its labels and signature, examples
 * (masked), weekly counts, measures, the help page that answers it or none (a gap), the answer
 * templates used on its contacts and the editors' marks found in it; and every mark with its
 * before-and-after volume. Clustering is within each category, so the cost stays with the
 * category's size, and every step is deterministic (contacts in the order received).
 */
export function buildInsightsReport(input: InsightsInput): HelpInsightsReportView {
  const options = input.options ?? {};
  const threshold = options.clustering?.threshold ?? 0.3;
  const weeks = isoWeeksBetween(input.from, input.to);
  const pages = input.pages.map((page) => ({ page, terms: pageTerms(page) }));
  const templatesOf = new Map<string, TemplateUse[]>();
  for (const use of input.templateUses) {
    const list = templatesOf.get(use.inquiryId);
    if (list) list.push(use);
    else templatesOf.set(use.inquiryId, [use]);
  }

  const windowDays = options.markWindowDays ?? DefaultMarkWindowDays;
  const markedContacts = input.markContacts.map((c) => ({ category: c.category, receivedAt: c.receivedAt, terms: termSetOf(c.text) }));
  const marks: HelpPageMarkReportView[] = input.marks.map((mark) => ({
    ...mark,
    clusterId: null,
    effect: markEffect(
      { category: mark.signature.category, signature: mark.signature.terms, markedAt: new Date(mark.markedAt) },
      markedContacts,
      { now: input.now, windowDays, threshold },
    ),
  }));

  const byCategory = new Map<string, ContactFacts[]>();
  const ordered = [...input.contacts].sort(
    (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.inquiryId.localeCompare(b.inquiryId),
  );
  for (const contact of ordered) {
    const list = byCategory.get(contact.category);
    if (list) list.push(contact);
    else byCategory.set(contact.category, [contact]);
  }

  // Term weights over the whole period: a category's own words (BankID in login) weigh more than words every category has.
  const { vocabulary, vectors: allVectors } = termVectors(ordered.map((c) => questionTerms(c.text)));
  const vectorOf = new Map(ordered.map((c, k) => [c.inquiryId, allVectors[k]]));

  const categories: InsightsCategoryView[] = [...byCategory.entries()].map(([category, contacts]) => {
    const vectors = contacts.map((c) => vectorOf.get(c.inquiryId)!);
    const found = clusterQuestions(vectors, options.clustering);
    const usedIds = new Map<string, number>();
    const clusters: QuestionClusterView[] = found.map((cluster) => {
      const members = cluster.members.map((k) => contacts[k]);
      const signature = signatureOf(cluster.centre, vocabulary);
      const labels = labelsOf(cluster.centre, vocabulary);
      const baseId = `${category}:${signature
        .slice(0, 4)
        .map((t) => t.term)
        .join('+')}`;
      const seen = (usedIds.get(baseId) ?? 0) + 1;
      usedIds.set(baseId, seen);
      const id = seen === 1 ? baseId : `${baseId}~${seen}`;
      // Each member's similarity once, not at every comparison of the sort.
      const nearestFirst = cluster.members
        .map((k) => ({ k, similarity: dot(vectors[k], cluster.centre) }))
        .sort((a, b) => b.similarity - a.similarity || a.k - b.k);
      const examples = nearestFirst.slice(0, options.examples ?? 3).map(({ k }) => exampleOf(contacts[k].text, input.mask));
      const match = bestHelpPage(category, signature, pages, options.matchThreshold ?? DefaultMatchThreshold);
      const templates = templatesUsed(members.flatMap((m) => templatesOf.get(m.inquiryId) ?? []));
      const clusterMarks = marks.filter(
        (mark) =>
          mark.signature.category === category &&
          signatureSimilarity(mark.signature.terms, signature) >= (options.markMatchThreshold ?? 0.5),
      );
      for (const mark of clusterMarks) mark.clusterId ??= id;
      return {
        id,
        labels,
        signature: { category, terms: signature },
        examples,
        weeks: weekCounts(
          weeks,
          members.map((m) => m.receivedAt),
        ),
        helpPage: match ? { helpPageId: match.page.id, url: match.page.url, title: match.page.title, score: round(match.score) } : null,
        templates,
        marks: clusterMarks,
        ...contactMeasures(members),
      };
    });
    const clustered = found.reduce((sum, c) => sum + c.members.length, 0);
    return {
      category,
      weeks: weekCounts(
        weeks,
        contacts.map((c) => c.receivedAt),
      ),
      clusters,
      unclustered: contacts.length - clustered,
      ...contactMeasures(contacts),
    };
  });
  categories.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));

  return {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    weeks,
    categories,
    gaps: categories.reduce((sum, c) => sum + c.clusters.filter((cluster) => cluster.helpPage === null).length, 0),
    marks,
    ...contactMeasures(input.contacts),
  };
}

/** Uses counted per template, most used first (then by title). */
function templatesUsed(uses: readonly TemplateUse[]): ClusterTemplateUseView[] {
  const byTemplate = new Map<string, ClusterTemplateUseView>();
  for (const { templateId, title, language, retired } of uses) {
    const counted = byTemplate.get(templateId);
    if (counted) counted.uses += 1;
    else byTemplate.set(templateId, { templateId, title, language, retired, uses: 1 });
  }
  return [...byTemplate.values()].sort(
    (a, b) => b.uses - a.uses || a.title.localeCompare(b.title) || a.templateId.localeCompare(b.templateId),
  );
}

/** An example as shown: personal data masked, white space collapsed, cut to a readable length. */
function exampleOf(text: string, mask: (text: string) => string): string {
  const masked = mask(text).replace(/\s+/g, ' ').trim();
  return masked.length > ExampleLength ? `${masked.slice(0, ExampleLength - 1)}…` : masked;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
