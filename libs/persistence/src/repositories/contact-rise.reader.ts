import { DataSource } from 'typeorm';
import { maskText } from '@inquiry-router/runtime';

/** A span of received times, [start, end). */
export interface CountWindow {
  start: Date;
  end: Date;
}

/** One category's contacts in each of the windows asked about, in their order. */
export interface CategoryWindowCounts {
  category: string;
  counts: number[];
}

/** How long an example text may be once masked. */
const ExampleLength = 200;

/**
 * The contacts per technical category (the routing decision's `category`) in windows of received
 * time, for the early warning; and a few of a window's texts to show as evidence, personal data
 * masked. Read only.
 */
export class ContactRiseReader {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts per category in each window, in one query. The windows are also spelled out as ranges
   * in the WHERE clause so the planner sees their real (small) share of the table and reads them
   * from the received-time index, rather than scanning every inquiry to join it to a list of windows.
   */
  async countsByCategory(windows: readonly CountWindow[]): Promise<CategoryWindowCounts[]> {
    if (windows.length === 0) return [];
    const params: Date[] = windows.flatMap((w) => [w.start, w.end]);
    const ranges = windows.map((_, i) => `(i.received_at >= $${2 * i + 1} AND i.received_at < $${2 * i + 2})`).join(' OR ');
    const windowIndex = windows.map((_, i) => `WHEN i.received_at >= $${2 * i + 1} AND i.received_at < $${2 * i + 2} THEN ${i}`).join(' ');
    const rows: { window_index: number; category: string; count: number }[] = await this.db.query(
      `SELECT CASE ${windowIndex} END AS window_index, d.category, count(*)::int AS count
         FROM inquiries i
         JOIN routing_decisions d ON d.inquiry_id = i.id
        WHERE d.category IS NOT NULL AND (${ranges})
        GROUP BY 1, 2`,
      params,
    );
    const byCategory = new Map<string, number[]>();
    for (const r of rows) {
      const counts = byCategory.get(r.category) ?? windows.map(() => 0);
      // Overlapping windows count a contact in the first that holds it.
      counts[r.window_index] += r.count;
      byCategory.set(r.category, counts);
    }
    return [...byCategory].map(([category, counts]) => ({ category, counts })).sort((a, b) => a.category.localeCompare(b.category));
  }

  /**
   * Up to `perCategory` different texts (subject and body) of the newest contacts of each category
   * in the window, personal data masked (before they are shortened, so no half an address escapes
   * the mask) and shortened to about 200 characters. Texts alike once masked are shown once.
   */
  async examples(window: CountWindow, categories: readonly string[], perCategory: number): Promise<Map<string, string[]>> {
    const examples = new Map<string, string[]>(categories.map((c) => [c, []]));
    if (categories.length === 0 || perCategory < 1) return examples;
    const rows: { category: string; text: string }[] = await this.db.query(
      `SELECT category, text FROM (
         SELECT category, text, row_number() OVER (PARTITION BY category ORDER BY newest DESC, text) AS n
           FROM (SELECT d.category, ${incidentExampleSource('i')} AS text, max(i.received_at) AS newest
                   FROM inquiries i
                   JOIN routing_decisions d ON d.inquiry_id = i.id
                  WHERE i.received_at >= $1 AND i.received_at < $2 AND d.category = ANY ($3)
                  GROUP BY 1, 2) texts
       ) newest
       WHERE n <= $4
       ORDER BY category, n`,
      // More than asked for: some may read alike once masked.
      [window.start, window.end, categories, perCategory * 4],
    );
    for (const r of rows) {
      const shown = examples.get(r.category);
      const text = incidentExampleText(r.text);
      if (shown && shown.length < perCategory && !shown.includes(text)) shown.push(text);
    }
    return examples;
  }
}

/** The SQL of a contact's text as examples are made from it (`alias`: the inquiries table's). */
export function incidentExampleSource(alias: string): string {
  return `left(concat_ws(': ', nullif(btrim(${alias}.subject), ''), ${alias}.body), 2000)`;
}

/**
 * A contact's text (subject and body, as `examples` reads them) as an example of a rise shows it:
 * masked, then shortened. Erasure computes it too, to take an erased contact's text out of the
 * suggestions that show it.
 */
export function incidentExampleText(text: string): string {
  return shortened(maskText(text.replace(/\s+/g, ' ').trim()));
}

function shortened(text: string): string {
  if (text.length <= ExampleLength) return text;
  const cut = text.slice(0, ExampleLength - 1);
  // At a word's end where one is near, to read better.
  const space = cut.lastIndexOf(' ');
  return `${space > ExampleLength * 0.7 ? cut.slice(0, space) : cut}…`;
}
