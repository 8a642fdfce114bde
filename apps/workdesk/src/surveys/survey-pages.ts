import type { Language } from '@inquiry-router/contracts';
import { escapeHtml } from '@inquiry-router/runtime';
import { publicPage } from '../public-pages/public-page';

const t = {
  title: { nb: 'Hvor fornøyd er du?', nn: 'Kor nøgd er du?', en: 'How satisfied are you?' },
  lead: {
    nb: 'Henvendelsen din {reference} er besvart. Hvor fornøyd er du med hjelpen du fikk?',
    nn: 'Førespurnaden din {reference} er svara på. Kor nøgd er du med hjelpa du fekk?',
    en: 'Your inquiry {reference} has been answered. How satisfied are you with the help you got?',
  },
  score: { nb: 'Hvor fornøyd er du?', nn: 'Kor nøgd er du?', en: 'How satisfied are you?' },
  scores: {
    nb: ['1 – svært misfornøyd', '2 – misfornøyd', '3 – verken eller', '4 – fornøyd', '5 – svært fornøyd'],
    nn: ['1 – svært misnøgd', '2 – misnøgd', '3 – verken eller', '4 – nøgd', '5 – svært nøgd'],
    en: ['1 – very dissatisfied', '2 – dissatisfied', '3 – neither', '4 – satisfied', '5 – very satisfied'],
  },
  comment: { nb: 'Kommentar (valgfritt)', nn: 'Kommentar (valfritt)', en: 'Comment (optional)' },
  commentHint: {
    nb: 'Ikke skriv fødselsnummer eller andre personopplysninger.',
    nn: 'Ikkje skriv fødselsnummer eller andre personopplysningar.',
    en: 'Please do not write your national identity number or other personal data.',
  },
  send: { nb: 'Send svar', nn: 'Send svar', en: 'Send answer' },
  thanks: { nb: 'Takk for svaret!', nn: 'Takk for svaret!', en: 'Thank you for your answer!' },
  answered: {
    nb: 'Du har allerede svart: {score} av 5. Takk! Det første svaret gjelder.',
    nn: 'Du har alt svart: {score} av 5. Takk! Det første svaret gjeld.',
    en: 'You have answered already: {score} of 5. Thank you! The first answer stands.',
  },
  invalid: {
    nb: 'Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken fra meldingen.',
    nn: 'Lenkja er ikkje gyldig. Sjekk at du har kopiert heile lenkja frå meldinga.',
    en: 'This link is not valid. Check that you copied the whole link from the message.',
  },
  expired: {
    nb: 'Tiden for å svare på denne undersøkelsen er ute.',
    nn: 'Tida for å svare på denne undersøkinga er ute.',
    en: 'The time to answer this survey is over.',
  },
  tooMany: {
    nb: 'For mange svar på kort tid. Prøv igjen om et minutt.',
    nn: 'For mange svar på kort tid. Prøv igjen om eit minutt.',
    en: 'Too many answers in a short time. Please try again in a minute.',
  },
} as const;

function page(language: Language, body: string): string {
  return publicPage({
    language,
    title: t.title[language],
    body,
    style:
      'fieldset{border:1px solid #767676;border-radius:4px;margin:0 0 1em;padding:.5em 1em}label{display:block;margin:.3em 0}\n' +
      'textarea{width:100%;font:inherit;box-sizing:border-box}.hint{color:#474747;font-size:.9em}',
  });
}

/** The form: the score 1–5 as radio buttons, a comment, and the token carried on. */
export function surveyFormPage(language: Language, reference: string, token: string): string {
  const choices = t.scores[language]
    .map((label, i) => `<label><input type="radio" name="score" value="${i + 1}" required> ${label}</label>`)
    .join('\n');
  return page(
    language,
    `<p>${t.lead[language].replace('{reference}', escapeHtml(reference))}</p>
<form method="post" action="/survey">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<fieldset>
<legend>${t.score[language]}</legend>
${choices}
</fieldset>
<p><label for="comment">${t.comment[language]}</label>
<textarea id="comment" name="comment" rows="4" maxlength="1000" aria-describedby="comment-hint"></textarea>
<span id="comment-hint" class="hint">${t.commentHint[language]}</span></p>
<button type="submit">${t.send[language]}</button>
</form>`,
  );
}

export const thanksPage = (language: Language) => page(language, `<p role="status">${t.thanks[language]}</p>`);
export const answeredPage = (language: Language, score: number) =>
  page(language, `<p>${t.answered[language].replace('{score}', String(score))}</p>`);
export const invalidSurveyPage = (language: Language) => page(language, `<p>${t.invalid[language]}</p>`);
export const expiredSurveyPage = (language: Language) => page(language, `<p>${t.expired[language]}</p>`);
export const tooManyAnswersPage = (language: Language) => page(language, `<p>${t.tooMany[language]}</p>`);
