import { IntlLocales, NoticeLabelsIn, type Language, SupportTimeZone } from '@inquiry-router/contracts';
import { textIn } from '@inquiry-router/notices';
import type { NoticeEntry } from '@inquiry-router/persistence';
import { escapeHtml } from '@inquiry-router/runtime';
import { entryEndedAt } from './notice-payload';

type Labels<K extends string> = Record<K, Record<Language, string>>;

const words = {
  status: { nb: 'Status', nn: 'Status', en: 'Status' },
  severity: { nb: 'Alvorlighet', nn: 'Alvorsgrad', en: 'Severity' },
  components: { nb: 'Berørte tjenester', nn: 'Råka tenester', en: 'Affected services' },
  environments: { nb: 'Miljø', nn: 'Miljø', en: 'Environment' },
  startsAt: { nb: 'Start', nn: 'Start', en: 'Starts' },
  expectedEndAt: { nb: 'Forventet slutt', nn: 'Venta slutt', en: 'Expected end' },
  endedAt: { nb: 'Avsluttet', nn: 'Avslutta', en: 'Ended' },
  about: { nb: 'Om saken', nn: 'Om saka', en: 'About' },
  follow: { nb: 'Følg saken på statussiden', nn: 'Følg saka på statussida', en: 'Follow it on the status page' },
  why: {
    nb: 'Du får denne e-posten fordi du abonnerer på driftsmeldinger.',
    nn: 'Du får denne e-posten fordi du abonnerer på driftsmeldingar.',
    en: 'You receive this email because you subscribe to service notices.',
  },
  unsubscribe: { nb: 'Avslutt abonnementet', nn: 'Avslutt abonnementet', en: 'Unsubscribe' },
} satisfies Labels<string>;

/** A time as the reader reads it, in Norwegian time (the portal's), with the zone named. */
export function readableTime(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(IntlLocales[language], {
    timeZone: SupportTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

export interface NoticeMailContent {
  subject: string;
  text: string;
  html: string;
}

/**
 * The mail for one entry of a notice's history, in the subscriber's language (bokmål where the
 * operator wrote none in it): a subject naming the notice and its status, the entry's message, the
 * facts (severity, affected services, environments, times), the status page, and the unsubscribe
 * link every notice mail carries. Plain text and the same as simple HTML.
 */
export function noticeMail(entry: NoticeEntry, language: Language, links: { statusPage: string; unsubscribe: string }): NoticeMailContent {
  const l = language;
  const labels = NoticeLabelsIn[l];
  const title = textIn(entry.title, l);
  const status = labels.statuses[entry.status];
  const endedAt = entryEndedAt(entry);
  const facts: [string, string][] = [
    [words.status[l], status],
    [words.severity[l], labels.severities[entry.severity]],
    [words.components[l], entry.componentNames.map((n) => textIn(n, l)).join(', ')],
    [words.environments[l], entry.environments.map((e) => labels.environments[e]).join(', ')],
    [words.startsAt[l], readableTime(entry.startsAt, l)],
    ...(entry.expectedEndAt && !endedAt ? [[words.expectedEndAt[l], readableTime(entry.expectedEndAt, l)] as [string, string]] : []),
    ...(endedAt ? [[words.endedAt[l], readableTime(endedAt, l)] as [string, string]] : []),
  ];
  const message = textIn(entry.message, l);
  const description = textIn(entry.description, l);
  // The registration's message is the description itself: said once.
  const about = message === description ? null : description;
  const heading = `${labels.kinds[entry.kind]}: ${title}`;

  const text = [
    heading,
    `${entry.noticeId} · ${status}`,
    '',
    message,
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(about ? ['', `${words.about[l]}:`, about] : []),
    '',
    `${words.follow[l]}: ${links.statusPage}`,
    '',
    '--',
    words.why[l],
    `${words.unsubscribe[l]}: ${links.unsubscribe}`,
  ].join('\n');

  const paragraphs = (s: string) =>
    s
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
  const html = `<!doctype html>
<html lang="${l}">
<head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
<h1 style="font-size: 1.3em">${escapeHtml(heading)}</h1>
<p><strong>${escapeHtml(entry.noticeId)} · ${escapeHtml(status)}</strong></p>
${paragraphs(message)}
<table>
${facts.map(([k, v]) => `<tr><th scope="row" style="text-align: left; padding-right: 1em">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n')}
</table>
${about ? `<h2 style="font-size: 1.1em">${escapeHtml(words.about[l])}</h2>\n${paragraphs(about)}` : ''}
<p><a href="${escapeHtml(links.statusPage)}">${escapeHtml(words.follow[l])}</a></p>
<hr>
<p style="font-size: 0.9em">${escapeHtml(words.why[l])} <a href="${escapeHtml(links.unsubscribe)}">${escapeHtml(words.unsubscribe[l])}</a></p>
</body>
</html>
`;
  return { subject: `${heading} [${entry.noticeId}] – ${status}`, text, html };
}
