import type { Language } from '@inquiry-router/contracts';
import type { NoticeSubscriptionRecord } from '@inquiry-router/persistence';
import { inLanguage } from '@inquiry-router/notices';
import { escapeHtml } from '@inquiry-router/runtime';
import { publicPage } from '../public-pages/public-page';

const t = {
  title: { nb: 'Driftsmeldinger', nn: 'Driftsmeldingar', en: 'Service notices' },
  confirmLead: {
    nb: 'Bekreft at du vil ha driftsmeldinger fra portalen:',
    nn: 'Stadfest at du vil ha driftsmeldingar frå portalen:',
    en: 'Confirm that you want service notices from the portal:',
  },
  confirm: { nb: 'Bekreft', nn: 'Stadfest', en: 'Confirm' },
  confirmed: {
    nb: 'Abonnementet er bekreftet. Du får driftsmeldinger fra nå av.',
    nn: 'Abonnementet er stadfesta. Du får driftsmeldingar frå no av.',
    en: 'Your subscription is confirmed. You will receive service notices from now on.',
  },
  alreadyConfirmed: {
    nb: 'Abonnementet er allerede bekreftet.',
    nn: 'Abonnementet er alt stadfesta.',
    en: 'This subscription is already confirmed.',
  },
  secret: {
    nb: 'Signeringsnøkkelen for webhooken (Standard Webhooks). Den vises bare denne ene gangen:',
    nn: 'Signeringsnøkkelen for webhooken (Standard Webhooks). Han blir berre vist denne eine gongen:',
    en: 'The signing secret of your webhook (Standard Webhooks). It is shown this once only:',
  },
  unsubscribeLead: {
    nb: 'Vil du avslutte abonnementet på driftsmeldinger?',
    nn: 'Vil du avslutte abonnementet på driftsmeldingar?',
    en: 'Do you want to unsubscribe from service notices?',
  },
  unsubscribe: { nb: 'Avslutt abonnementet', nn: 'Avslutt abonnementet', en: 'Unsubscribe' },
  unsubscribed: {
    nb: 'Abonnementet er avsluttet. Du får ingen flere driftsmeldinger.',
    nn: 'Abonnementet er avslutta. Du får ingen fleire driftsmeldingar.',
    en: 'You are unsubscribed. You will receive no more service notices.',
  },
  invalid: {
    nb: 'Lenken er ikke gyldig (lenger). Den kan være brukt opp, eller abonnementet finnes ikke.',
    nn: 'Lenkja er ikkje gyldig (lenger). Ho kan vere brukt opp, eller abonnementet finst ikkje.',
    en: 'This link is not valid (any more). It may have been used, or the subscription does not exist.',
  },
  checkInbox: {
    nb: 'Takk! Vi har sendt en e-post med en lenke. Abonnementet starter når du har bekreftet det.',
    nn: 'Takk! Vi har sendt ein e-post med ei lenkje. Abonnementet startar når du har stadfesta det.',
    en: 'Thank you! We have sent you an email with a link. The subscription starts once you confirm it.',
  },
  statusPage: { nb: 'Til statussiden', nn: 'Til statussida', en: 'To the status page' },
  to: { nb: 'Til', nn: 'Til', en: 'To' },
  filter: { nb: 'Gjelder', nn: 'Gjeld', en: 'Covers' },
  everything: { nb: 'alt', nn: 'alt', en: 'everything' },
} satisfies Record<string, Record<Language, string>>;

function page(language: Language, body: string): string {
  return publicPage({
    language,
    title: t.title[language],
    body: `${body}\n<p><a href="${inLanguage('/status', language)}">${t.statusPage[language]}</a></p>`,
    style: 'code{word-break:break-all;background:#f2f2f2;padding:.2em .4em}',
  });
}

function describe(s: NoticeSubscriptionRecord, l: Language): string {
  const to = s.channel === 'webhook' ? (s.webhookUrl ?? '') : (s.email ?? '');
  const filter = [...s.components, ...s.environments, ...s.audiences];
  return `<dl><dt>${t.to[l]}</dt><dd>${escapeHtml(to)}</dd><dt>${t.filter[l]}</dt><dd>${escapeHtml(filter.length > 0 ? filter.join(', ') : t.everything[l])}</dd></dl>`;
}

/**
 * A link's page: what it will do, and a button that POSTs its token. Opening it changes nothing —
 * mail scanners and link previews open links —, only the button does.
 */
function buttonPage(language: Language, lead: string, action: string, token: string, label: string, what: string): string {
  return page(
    language,
    `<p>${lead}</p>
${what}
<form method="post" action="${action}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">${label}</button>
</form>`,
  );
}

export const confirmPage = (s: NoticeSubscriptionRecord, token: string): string =>
  s.confirmedAt
    ? page(s.language, `<p>${t.alreadyConfirmed[s.language]}</p>`)
    : buttonPage(
        s.language,
        t.confirmLead[s.language],
        '/status/subscriptions/confirm',
        token,
        t.confirm[s.language],
        describe(s, s.language),
      );

export function confirmedPage(s: NoticeSubscriptionRecord, firstTime: boolean, webhookSecret: string | null): string {
  const l = s.language;
  if (!firstTime) return page(l, `<p>${t.alreadyConfirmed[l]}</p>`);
  return page(
    l,
    `<p>${t.confirmed[l]}</p>${webhookSecret ? `\n<p>${t.secret[l]}</p>\n<p><code>${escapeHtml(webhookSecret)}</code></p>` : ''}`,
  );
}

export const unsubscribePage = (s: NoticeSubscriptionRecord, token: string): string =>
  s.endedAt
    ? page(s.language, `<p>${t.unsubscribed[s.language]}</p>`)
    : buttonPage(
        s.language,
        t.unsubscribeLead[s.language],
        '/status/subscriptions/unsubscribe',
        token,
        t.unsubscribe[s.language],
        describe(s, s.language),
      );

export const unsubscribedPage = (language: Language): string => page(language, `<p>${t.unsubscribed[language]}</p>`);
export const invalidLinkPage = (language: Language = 'nb'): string => page(language, `<p>${t.invalid[language]}</p>`);
export const checkInboxPage = (language: Language): string => page(language, `<p>${t.checkInbox[language]}</p>`);
