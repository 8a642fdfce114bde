import { csvDocument, type HelpInsightsReportView } from '@inquiry-router/contracts';

const share = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
const seconds = (n: number | null) => (n === null ? null : Math.round(n));

/**
 * The report as CSV, one line per cluster (and one per category for its unclustered contacts):
 * category, cluster, labels, contacts, per-week counts, first-contact share, mean handle seconds,
 * the matched help page or `gap`, the saved answers used (`title (language[, retired]): uses`, `; `
 * between them) and marks; CRLF line ends, as RFC 4180 has them.
 */
export function reportCsv(report: HelpInsightsReportView): string {
  const header = [
    'category',
    'cluster',
    'labels',
    'contacts',
    ...report.weeks,
    'resolved',
    'first_contact_share',
    'average_handle_seconds',
    'help_page',
    'help_page_score',
    'templates',
    'marks',
    'example',
  ];
  const lines: (string | number | null)[][] = [header];
  for (const category of report.categories) {
    for (const cluster of category.clusters) {
      lines.push([
        category.category,
        cluster.id,
        cluster.labels.join(' '),
        cluster.count,
        ...cluster.weeks.map((w) => w.count),
        cluster.resolved,
        share(cluster.firstContactShare),
        seconds(cluster.averageHandleSeconds),
        cluster.helpPage?.url ?? 'gap',
        cluster.helpPage ? cluster.helpPage.score : null,
        cluster.templates.map((t) => `${t.title} (${t.language}${t.retired ? ', retired' : ''}): ${t.uses}`).join('; '),
        cluster.marks.map((m) => `${m.markedAt.slice(0, 10)} ${m.effect.before.count}->${m.effect.after.count}`).join(' '),
        cluster.examples[0] ?? null,
      ]);
    }
    lines.push([
      category.category,
      '(unclustered)',
      null,
      category.unclustered,
      ...report.weeks.map(() => null),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  }
  return csvDocument(lines);
}
