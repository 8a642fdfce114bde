import { parseFeed } from '@rowanmanning/feed-parser';
import { feedEntries, statusAtomFeed, statusJsonFeed, type StatusFeedLinks } from './status-feeds';
import { aNoticeView, aStatusSummary } from './testing/status-summary';

const links: StatusFeedLinks = {
  page: 'https://status.example.no/status',
  jsonFeed: 'https://status.example.no/status/feed.json',
  atomFeed: 'https://status.example.no/status/feed.atom',
};

const maintenance = aNoticeView({
  id: 'DRIFT-00002',
  kind: 'maintenance',
  status: 'scheduled',
  title: { nb: 'Vedlikehold av innboksen <i>', en: 'Inbox maintenance' },
  components: ['inbox'],
  environments: ['test'],
  audiences: ['vendors'],
  updates: [
    {
      sequence: 1,
      status: 'scheduled',
      message: { nb: 'Innboksen er nede natt til fredag.' },
      changed: [],
      changedBy: 'operator',
      changedAt: '2026-12-07T08:30:00.000Z',
    },
  ],
});
const summary = aStatusSummary({ upcoming: [maintenance] });

describe('the status feeds', () => {
  it('have one entry per history entry, newest first', () => {
    expect(feedEntries(summary).map((e) => `${e.notice.id}/${e.update.sequence}`)).toEqual([
      'DRIFT-00001/2',
      'DRIFT-00002/1',
      'DRIFT-00001/1',
    ]);
  });

  it('write JSON Feed 1.1 with ids, urls to the notice, text, dates and tags', () => {
    const feed = statusJsonFeed(summary, 'en', links) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Service status',
      home_page_url: 'https://status.example.no/status?lang=en',
      feed_url: 'https://status.example.no/status/feed.json?lang=en',
      language: 'en',
    });
    expect(feed.items[0]).toEqual({
      id: 'DRIFT-00001/2',
      url: 'https://status.example.no/status?lang=en#DRIFT-00001',
      title: 'Login fails – Identified',
      content_text: 'The fault is with BankID.',
      date_published: '2026-12-07T09:00:00.000Z',
      tags: ['login', 'production', 'end-users'],
    });
    // Not written in English: in bokmål.
    expect(feed.items[2]).toMatchObject({ id: 'DRIFT-00001/1', content_text: 'Vi undersøker feil ved innlogging.' });
  });

  it('write Atom that a feed reader reads back: titles as text, links to the notice on the page', () => {
    const xml = statusAtomFeed(summary, 'nb', links);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Driftsstatus');
    expect(feed.url).toBe('https://status.example.no/status');
    expect(feed.items.map((i) => [i.title, i.url, i.content])).toEqual([
      ['Innlogging feiler – Årsak funnet', 'https://status.example.no/status#DRIFT-00001', 'Feilen er hos BankID.'],
      ['Vedlikehold av innboksen <i> – Planlagt', 'https://status.example.no/status#DRIFT-00002', 'Innboksen er nede natt til fredag.'],
      ['Innlogging feiler – Undersøkes', 'https://status.example.no/status#DRIFT-00001', 'Vi undersøker feil ved innlogging.'],
    ]);
    expect(feed.items[1].categories.map((c) => c.term)).toEqual(['inbox', 'test', 'vendors']);
    expect(feed.items[0].id).toBe('https://status.example.no/status#DRIFT-00001/2');
    expect(feed.updated?.toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });
});
