import { DateTime } from 'luxon';
import {
  Languages,
  NoticeEnvironments,
  type Language,
  type NoticeView,
  type StatusSummaryView,
  SupportTimeZone,
} from '@inquiry-router/contracts';
import { inLanguage, textIn } from '@inquiry-router/notices';
import { escapeHtml } from '@inquiry-router/runtime';
import { LanguageNames, StatusTexts } from './status-page.texts';

/** Where the page links to: itself (no query), its stylesheet and its feeds, as absolute URLs. */
export interface StatusPageLinks {
  page: string;
  stylesheet: string;
  jsonFeed: string;
  atomFeed: string;
}

/** Markup this module made; anything else interpolated into it is escaped. */
class Markup {
  constructor(readonly html: string) {}
}
type Interpolated = string | number | Markup | readonly Markup[] | null | undefined | false;

/**
 * A template literal whose every interpolated value is escaped, unless it is markup this module
 * made: nothing an operator wrote can become markup. (Not named `html`, so formatters leave the
 * page's whitespace as written.)
 */
function markup(strings: TemplateStringsArray, ...values: Interpolated[]): Markup {
  const piece = (v: Interpolated): string => {
    if (v === null || v === undefined || v === false) return '';
    if (v instanceof Markup) return v.html;
    if (typeof v === 'string' || typeof v === 'number') return escapeHtml(String(v));
    return v.map((m) => m.html).join('');
  };
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? piece(values[i]) : ''), ''));
}

/** The public status page: each component's state per environment, what is in force and ahead, the last 30 days. */
export function renderStatusPage(summary: StatusSummaryView, language: Language, links: StatusPageLinks): string {
  const t = StatusTexts[language];
  const time = (iso: string) =>
    markup`<time datetime="${iso}">${DateTime.fromISO(iso, { zone: SupportTimeZone }).setLocale(t.locale).toFormat(t.dateFormat)}</time>`;
  const componentName = (code: string) => {
    const names = summary.components.find((c) => c.component === code)?.names;
    return names ? textIn(names, language) : code;
  };

  const componentRows = [...new Set(summary.components.map((c) => c.component))].map((code) => {
    const own = summary.components.filter((c) => c.component === code);
    const cells = NoticeEnvironments.map((environment) => {
      const status = own.find((c) => c.environment === environment);
      if (!status) return markup`<td>–</td>`;
      const see = status.notices.map((id, i) => markup`${i > 0 ? ', ' : ''}<a href="#${id}">${id}</a>`);
      const seeAlso = see.length > 0 ? markup` <span class="see">(${t.noticesInForce} ${see})</span>` : null;
      return markup`<td><span class="state state-${status.state}">${t.states[status.state]}</span>${seeAlso}</td>`;
    });
    return markup`
          <tr><th scope="row">${textIn(own[0].names, language)}</th>${cells}</tr>`;
  });

  const notice = (n: NoticeView) => {
    const newestFirst = [...n.updates].sort((a, b) => b.sequence - a.sequence);
    const expected =
      n.expectedEndAt && !n.endedAt
        ? markup`
          <dt>${t.expectedEndAt}</dt><dd>${time(n.expectedEndAt)}</dd>`
        : null;
    const ended = n.endedAt
      ? markup`
          <dt>${t.endedAt}</dt><dd>${time(n.endedAt)}</dd>`
      : null;
    const history = newestFirst.map(
      (u) => markup`
          <li>${time(u.changedAt)} – <strong>${t.statuses[u.status]}</strong>: ${textIn(u.message, language)}</li>`,
    );
    return markup`
      <article class="notice notice-${n.kind}" id="${n.id}" aria-labelledby="${n.id}-title">
        <h3 id="${n.id}-title">${textIn(n.title, language)}</h3>
        <p class="meta">${t.kinds[n.kind]} · ${t.statuses[n.status]} · ${t.severities[n.severity]} · ${n.id}</p>
        <p class="description">${textIn(n.description, language)}</p>
        <dl>
          <dt>${t.affects}</dt><dd>${n.components.map(componentName).join(', ')}</dd>
          <dt>${t.environmentsLabel}</dt><dd>${n.environments.map((e) => t.environments[e]).join(', ')}</dd>
          <dt>${t.audiencesLabel}</dt><dd>${n.audiences.map((a) => t.audiences[a]).join(', ')}</dd>
          <dt>${t.startsAt}</dt><dd>${time(n.startsAt)}</dd>${expected}${ended}
        </dl>
        <h4>${t.history}</h4>
        <ol class="history" reversed>${history}
        </ol>
      </article>`;
  };
  const section = (id: string, heading: string, notices: NoticeView[], none: string) => markup`
    <section aria-labelledby="${id}">
      <h2 id="${id}">${heading}</h2>${
        notices.length > 0
          ? notices.map(notice)
          : markup`
      <p>${none}</p>`
      }
    </section>`;

  const languages = Languages.map(
    (l) => markup`
        <li><a href="${inLanguage(links.page, l)}" lang="${l}" hreflang="${l}"${l === language ? markup` aria-current="page"` : null}>${LanguageNames[l]}</a></li>`,
  );
  const page = markup`<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${t.title}</title>
  <link rel="stylesheet" href="${links.stylesheet}">
  <link rel="alternate" type="application/feed+json" title="${t.jsonFeed}" href="${inLanguage(links.jsonFeed, language)}">
  <link rel="alternate" type="application/atom+xml" title="${t.atomFeed}" href="${inLanguage(links.atomFeed, language)}">
</head>
<body>
  <header>
    <nav aria-label="${t.languageNav}">
      <ul class="languages">${languages}
      </ul>
    </nav>
    <h1>${t.title}</h1>
    <p>${t.intro}</p>
  </header>
  <main>
    <section aria-labelledby="components-heading">
      <h2 id="components-heading">${t.componentsHeading}</h2>
      <table>
        <caption>${t.componentsCaption}</caption>
        <thead>
          <tr><th scope="col">${t.component}</th>${NoticeEnvironments.map((e) => markup`<th scope="col">${t.environments[e]}</th>`)}</tr>
        </thead>
        <tbody>${componentRows}
        </tbody>
      </table>
    </section>${section('active-heading', t.activeHeading, summary.active, t.noneActive)}${section('upcoming-heading', t.upcomingHeading, summary.upcoming, t.noneUpcoming)}${section('recent-heading', t.recentHeading, summary.recent, t.noneRecent)}
  </main>
  <footer>
    <h2>${t.feedsHeading}</h2>
    <ul>
      <li><a href="${inLanguage(links.atomFeed, language)}" type="application/atom+xml">${t.atomFeed}</a></li>
      <li><a href="${inLanguage(links.jsonFeed, language)}" type="application/feed+json">${t.jsonFeed}</a></li>
    </ul>
    <p>${t.updated} ${time(summary.generatedAt)}. ${t.timeZoneNote}</p>
  </footer>
</body>
</html>
`;
  return page.html;
}

/** The page's stylesheet, served beside it so the page needs no inline styles or scripts. */
export const StatusStylesheet = `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
.languages { list-style: none; display: flex; gap: 1rem; padding: 0; margin: 0 0 1rem; justify-content: flex-end; }
.languages a[aria-current="page"] { font-weight: bold; text-decoration: none; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; padding: 0.5rem 0; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #c4c4c4; vertical-align: top; }
.state { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 0.25rem; border: 1px solid currentColor; font-weight: 600; }
.state-operational { color: #1b5e20; background: #e8f5e9; }
.state-maintenance { color: #0d47a1; background: #e3f2fd; }
.state-degraded { color: #6d4c00; background: #fff8e1; }
.state-partial-outage { color: #8a3c00; background: #fff3e0; }
.state-major-outage { color: #9b1c1c; background: #fdecea; }
.notice { border: 1px solid #c4c4c4; border-radius: 0.5rem; padding: 0 1rem 1rem; margin: 1rem 0; }
.meta { color: #4a4a4a; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.history { padding-left: 1.5rem; }
footer { border-top: 1px solid #c4c4c4; margin-top: 2rem; }
`;
