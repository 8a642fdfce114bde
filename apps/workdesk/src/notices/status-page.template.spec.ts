import { renderStatusPage, type StatusPageLinks } from './status-page.template';
import { aNoticeView, aStatusSummary } from './testing/status-summary';

const links: StatusPageLinks = {
  page: 'https://status.example.no/status',
  stylesheet: 'https://status.example.no/status/status.css',
  jsonFeed: 'https://status.example.no/status/feed.json',
  atomFeed: 'https://status.example.no/status/feed.atom',
};

describe('the status page', () => {
  it('escapes everything an operator wrote: a title with a script stays text', () => {
    const hostile = aNoticeView({
      title: { nb: '<script>alert("x")</script> & "innlogging"' },
      description: { nb: '<img src=x onerror=alert(1)>' },
    });
    const page = renderStatusPage(aStatusSummary({ active: [hostile] }), 'nb', links);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;innlogging&quot;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is in the language asked for, with bokmål where a text was not written in it', () => {
    const en = renderStatusPage(aStatusSummary(), 'en', links);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Service status</h1>');
    expect(en).toContain('Login fails'); // written in English
    expect(en).toContain('Vi undersøker feil ved innlogging.'); // the description only in bokmål
    expect(en).toContain('The fault is with BankID.');
    expect(en).toContain('Partial outage');
    const nn = renderStatusPage(aStatusSummary(), 'nn', links);
    expect(nn).toContain('<html lang="nn">');
    expect(nn).toContain('Innlogging feiler'); // no nynorsk title: bokmål
    expect(nn).toContain('Feilen er hjå BankID.');
    expect(renderStatusPage(aStatusSummary(), 'nb', links)).toContain('<html lang="nb">');
  });

  it('names a notice’s kind, status and severity as the mail to subscribers does', () => {
    expect(renderStatusPage(aStatusSummary(), 'nb', links)).toContain('Driftsavvik · Årsak funnet · Alvorlig · ');
    const nn = renderStatusPage(aStatusSummary(), 'nn', links);
    expect(nn).toContain('Driftsavvik · Årsak funnen · Alvorleg · ');
    expect(nn).toContain('<strong>Blir undersøkt</strong>');
  });

  it('says each component’s state in words in a table with headers, and links the notice in force', () => {
    const page = renderStatusPage(aStatusSummary(), 'nb', links);
    expect(page).toContain('<th scope="col">Tjeneste</th><th scope="col">Produksjon</th><th scope="col">Test</th>');
    expect(page).toMatch(
      /<th scope="row">Innlogging<\/th>\s*<td><span class="state state-partial-outage">Delvis utfall<\/span> <span class="see">\(Se <a href="#DRIFT-00001">DRIFT-00001<\/a>\)<\/span><\/td>/,
    );
    expect(page).toContain('<span class="state state-operational">I drift</span>');
  });

  it('has one h1, landmarks, the feeds in its head, no script, and the history newest first', () => {
    const page = renderStatusPage(aStatusSummary(), 'nb', links);
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    for (const landmark of ['<header>', '<nav aria-label="Språk">', '<main>', '<footer>']) expect(page).toContain(landmark);
    expect(page).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Atom-feed" href="https://status.example.no/status/feed.atom">',
    );
    expect(page).toContain(
      '<link rel="alternate" type="application/feed+json" title="JSON-feed" href="https://status.example.no/status/feed.json">',
    );
    expect(page).not.toMatch(/<script|\son[a-z]+=|style="/i);
    expect(page.indexOf('Feilen er hos BankID.')).toBeLessThan(page.indexOf('<li><time datetime="2026-12-07T08:05:00.000Z">'));
    expect(page).toContain('<time datetime="2026-12-07T09:00:00.000Z">7. desember 2026 kl. 10:00</time>');
  });

  it('says so when nothing is active, planned or recently ended', () => {
    const page = renderStatusPage(aStatusSummary({ active: [] }), 'en', links);
    expect(page).toContain('No known problems right now.');
    expect(page).toContain('No maintenance is planned.');
    expect(page).toContain('No incidents or maintenance ended in the last 30 days.');
  });
});
