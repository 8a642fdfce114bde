import type { Request } from 'express';
import { isLanguage, type Language } from '@inquiry-router/contracts';
import { escapeHtml, ProblemDetailsFilter, type ProblemDocument } from '@inquiry-router/runtime';
import { publicPage } from './public-page';

const t = {
  title: { nb: 'Det gikk ikke', nn: 'Det gjekk ikkje', en: 'That did not work' },
  refused: { nb: 'Vi kunne ikke ta imot dette:', nn: 'Vi kunne ikkje ta imot dette:', en: 'We could not accept this:' },
  again: {
    nb: 'Sjekk at du har kopiert hele lenken fra meldingen, eller gå tilbake og prøv igjen.',
    nn: 'Sjekk at du har kopiert heile lenkja frå meldinga, eller gå tilbake og prøv igjen.',
    en: 'Check that you copied the whole link from the message, or go back and try again.',
  },
  busy: {
    nb: 'For mange forsøk på kort tid. Prøv igjen om litt.',
    nn: 'For mange forsøk på kort tid. Prøv igjen om litt.',
    en: 'Too many tries in a short time. Please try again in a while.',
  },
  fault: {
    nb: 'Noe gikk galt hos oss. Prøv igjen senere.',
    nn: 'Noko gjekk gale hos oss. Prøv igjen seinare.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const;

/**
 * The language of a problem page: the one the request names (`lang` in the query, `language` in a
 * form), else the browser's first of bokmål, nynorsk and English, else bokmål.
 */
function languageOf(req: Request): Language {
  const query = req.query as Record<string, unknown> | undefined;
  const body = req.body as Record<string, unknown> | undefined;
  for (const named of [query?.lang, body?.language]) if (typeof named === 'string' && isLanguage(named)) return named;
  const accepted = req.acceptsLanguages('nb', 'nn', 'en', 'no');
  return accepted === 'nn' || accepted === 'en' ? accepted : 'nb';
}

/**
 * A refusal of the public pages as a page people can read: what was refused (the reasons are the
 * API's, in English) and what to do; a fault or a limit without detail.
 */
export function publicProblemPage(problem: ProblemDocument, req: Request): string {
  const language = languageOf(req);
  const what =
    problem.status === 429
      ? `<p>${t.busy[language]}</p>`
      : problem.status >= 500
        ? `<p>${t.fault[language]}</p>`
        : `<p>${t.refused[language]}</p>\n<ul>${[problem.message]
            .flat()
            .map((m) => `<li lang="en">${escapeHtml(m)}</li>`)
            .join('')}</ul>\n<p>${t.again[language]}</p>`;
  return publicPage({ language, title: t.title[language], body: what });
}

/** For `@UseFilters` on the public pages' controllers: a browser there gets its problem as a page. */
export const PublicPageProblems = new ProblemDetailsFilter(publicProblemPage);
