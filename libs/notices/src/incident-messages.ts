import type { Language } from '@inquiry-router/contracts';
import { messageIdFor } from '@inquiry-router/inquiry';
import { inForce, textIn, type Notice, type NoticeText } from './notice';

/** Where the status page shows one notice: its own anchor on the page. */
export function noticeUrl(statusPageUrl: string, noticeId: string): string {
  return `${statusPageUrl.replace(/#.*$/, '')}#${noticeId}`;
}

const NoticeTexts: Record<Language, (title: string, url: string) => string> = {
  nb: (title, url) =>
    `Takk for henvendelsen. Vi kjenner til problemet du skriver om og jobber med å rette det: «${title}». ` +
    `Du kan følge med på driftsmeldingen her: ${url}\n\nDu trenger ikke å gjøre noe mer. Vi svarer deg når problemet er løst.`,
  nn: (title, url) =>
    `Takk for førespurnaden. Vi kjenner til problemet du skriv om og arbeider med å rette det: «${title}». ` +
    `Du kan følgje med på driftsmeldinga her: ${url}\n\nDu treng ikkje gjere noko meir. Vi svarar deg når problemet er løyst.`,
  en: (title, url) =>
    `Thank you for contacting us. We know about the problem you describe and are working on it: "${title}". ` +
    `You can follow the incident here: ${url}\n\nThere is nothing more you need to do. We will answer you when the problem is solved.`,
};

/** What an inquirer is told at once when their inquiry is linked to a known incident, in their language. */
export function incidentNoticeText(incident: Pick<Notice, 'id' | 'title'>, language: Language, statusPageUrl: string): string {
  return NoticeTexts[language](textIn(incident.title, language), noticeUrl(statusPageUrl, incident.id));
}

/** The resolution text an inquirer of a resolved incident is sent, in their language (bokmål where that was not written). */
export function incidentResolutionText(text: NoticeText, language: Language): string {
  return textIn(text, language).trim();
}

/**
 * The incidents a caller to the end users' support is told of before the menu: in force now, in
 * production, for end users; newest first, at most `limit` (a caller listens to every word).
 */
export function incidentsForCallers<N extends Pick<Notice, 'kind' | 'status' | 'startsAt' | 'endedAt' | 'environments' | 'audiences'>>(
  incidents: readonly N[],
  at: Date,
  limit = 2,
): N[] {
  return incidents
    .filter((n) => n.kind === 'incident' && inForce(n, at) && n.environments.includes('production') && n.audiences.includes('end-users'))
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
    .slice(0, limit);
}

/** What the phone menu says of known incidents before the choices (bokmål, as the menu speaks); empty when none. */
export function incidentsSpoken(titles: readonly string[]): string {
  if (titles.length === 0) return '';
  const named = titles.map((t) => t.trim().replace(/[.!?]+$/, '')).join('. Og: ');
  const lead = titles.length === 1 ? 'Vi kjenner til et problem i portalen' : 'Vi kjenner til problemer i portalen';
  return `${lead}: ${named}. Du kan følge med på driftsmeldingene på statussiden.`;
}

/**
 * The message id of what an incident tells one inquirer (`purpose`: the notice or the resolution):
 * the same for the same inquiry and incident, so a redelivery or a resumed run sends nothing twice.
 */
export function incidentMessageId(purpose: 'incident-notice' | 'incident-resolution', inquiryId: string, noticeId: string): string {
  return messageIdFor(`${purpose}:${noticeId}:${inquiryId}`);
}
