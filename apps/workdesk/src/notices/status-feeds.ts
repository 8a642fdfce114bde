import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import type { Language, NoticeUpdateView, NoticeView, StatusSummaryView } from '@inquiry-router/contracts';
import { inLanguage, textIn } from '@inquiry-router/notices';
import { StatusTexts } from './status-page.texts';

/** The absolute URLs a feed names: the status page (no query) and each feed. */
export interface StatusFeedLinks {
  page: string;
  jsonFeed: string;
  atomFeed: string;
}

/** One history entry of a notice on the status page: a feed item. */
export interface FeedEntry {
  notice: NoticeView;
  update: NoticeUpdateView;
}

/** Every history entry of the notices on the status page, newest first. */
export function feedEntries(summary: StatusSummaryView): FeedEntry[] {
  const notices = [...summary.active, ...summary.upcoming, ...summary.recent];
  return notices
    .flatMap((notice) => notice.updates.map((update) => ({ notice, update })))
    .sort(
      (a, b) =>
        b.update.changedAt.localeCompare(a.update.changedAt) ||
        b.notice.id.localeCompare(a.notice.id) ||
        b.update.sequence - a.update.sequence,
    );
}

function entryTitle({ notice, update }: FeedEntry, language: Language): string {
  const t = StatusTexts[language];
  return `${textIn(notice.title, language)} – ${t.statuses[update.status]}`;
}

const tagsOf = (notice: NoticeView): string[] => [...notice.components, ...notice.environments, ...notice.audiences];

/** JSON Feed 1.1: one item per history entry, newest first; its id `<noticeId>/<sequence>`, its url the notice on the page. */
export function statusJsonFeed(summary: StatusSummaryView, language: Language, links: StatusFeedLinks): unknown {
  const t = StatusTexts[language];
  return generateJsonFeed({
    title: t.title,
    description: t.intro,
    home_page_url: inLanguage(links.page, language),
    feed_url: inLanguage(links.jsonFeed, language),
    language,
    items: feedEntries(summary).map((entry) => ({
      id: `${entry.notice.id}/${entry.update.sequence}`,
      url: `${inLanguage(links.page, language)}#${entry.notice.id}`,
      title: entryTitle(entry, language),
      content_text: textIn(entry.update.message, language),
      date_published: new Date(entry.update.changedAt),
      tags: tagsOf(entry.notice),
    })),
  });
}

/** Atom (RFC 4287): the same entries; each entry's id is the page's URL with the entry's fragment, stable across reads. */
export function statusAtomFeed(summary: StatusSummaryView, language: Language, links: StatusFeedLinks): string {
  const t = StatusTexts[language];
  const entries = feedEntries(summary);
  return generateAtomFeed({
    id: inLanguage(links.atomFeed, language),
    title: { value: t.title },
    subtitle: { value: t.intro },
    updated: new Date(entries[0]?.update.changedAt ?? summary.generatedAt),
    authors: [{ name: t.title }],
    links: [
      { href: inLanguage(links.atomFeed, language), rel: 'self', type: 'application/atom+xml' },
      { href: inLanguage(links.page, language), rel: 'alternate', type: 'text/html', hreflang: language },
    ],
    entries: entries.map((entry) => ({
      id: `${links.page}#${entry.notice.id}/${entry.update.sequence}`,
      title: { value: entryTitle(entry, language), type: 'text' },
      content: { value: textIn(entry.update.message, language), type: 'text' },
      published: new Date(entry.update.changedAt),
      updated: new Date(entry.update.changedAt),
      links: [{ href: `${inLanguage(links.page, language)}#${entry.notice.id}`, rel: 'alternate', type: 'text/html' }],
      categories: tagsOf(entry.notice).map((term) => ({ term })),
    })),
  });
}
