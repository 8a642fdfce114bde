import { DateTime } from 'luxon';
import { type Channel, type DecisionReason, SupportTimeZone } from '@inquiry-router/contracts';
import type { NoticeComponent } from './component-state';
import type { Notice } from './notice';

/** What is known of an incoming inquiry when it is matched against the incidents in force. */
export interface InquiryFacts {
  category: string | null;
  channel: Channel;
  /** Subject and body as the inquirer wrote them (a call: what the menu recorded). */
  text: string;
  receivedAt: Date;
}

/** An inquiry's link to an incident, with every reason it was made. */
export interface IncidentMatch {
  noticeId: string;
  explanation: string[];
  /** The same explanation as reason codes with their values, line for line. */
  explanationCodes: DecisionReason[];
}

// Words too common in notices and questions to tie one to the other.
const StopWords = new Set([
  'ikke',
  'eller',
  'etter',
  'fordi',
  'kommer',
  'kan',
  'skal',
  'som',
  'med',
  'for',
  'den',
  'det',
  'til',
  'fra',
  'har',
  'blir',
  'ble',
  'noen',
  'alle',
  'ingen',
  'denne',
  'dette',
  'portalen',
  'tjenesten',
  'tjenester',
  'problem',
  'problemer',
  'problemar',
  'feil',
  'feilen',
  'ustabil',
  'ustabilt',
  'nede',
  'treg',
  'tregt',
  'enkelte',
  'brukere',
  'brukarar',
  'vedlikehold',
  'planlagt',
  'hei',
  'takk',
  'with',
  'from',
  'some',
  'users',
  'service',
  'services',
  'issue',
  'issues',
  'error',
  'errors',
  'problems',
  'down',
  'slow',
  'unstable',
  'maintenance',
  'planned',
  'portal',
  'about',
  'there',
  'their',
  'this',
  'that',
  'have',
  'does',
  'cannot',
]);

/** The words of a text, lower case, letters and digits only. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words that tie inquiries to the notice: its keywords, and the telling words of its title in every language. */
export function incidentWords(notice: Pick<Notice, 'title' | 'keywords'>): string[] {
  const fromTitle = [notice.title.nb, notice.title.nn ?? '', notice.title.en ?? '']
    .flatMap(wordsOf)
    .filter((w) => w.length >= 4 && !StopWords.has(w));
  return [...new Set([...notice.keywords.flatMap(wordsOf), ...fromTitle])];
}

/** An inquiry word matches an incident word exactly, or as an inflected form of a word of five letters or more ("innloggingen"). */
const matches = (inquiryWord: string, incidentWord: string): boolean =>
  inquiryWord === incidentWord || (incidentWord.length >= 5 && inquiryWord.startsWith(incidentWord));

const clock = (at: Date): string => DateTime.fromJSDate(at, { zone: SupportTimeZone }).toFormat('dd.MM. HH:mm');

/**
 * The incident an inquiry is about, if any: received while the incident was in force, and
 * - in a category the incident's components cause, with a word of the incident in its text (a
 *   call, whose text is only the menu's, needs the category alone), or
 * - with two or more of the incident's words, whatever its category.
 * Among several, the one with most in common (the category counts as two words), then the latest.
 * Only incidents are matched: maintenance is announced ahead and is not what people call about
 * unawares.
 */
export function matchIncident(
  inquiry: InquiryFacts,
  incidents: readonly Notice[],
  components: readonly NoticeComponent[],
): IncidentMatch | null {
  const text = wordsOf(inquiry.text);
  const at = inquiry.receivedAt.getTime();
  let best: { match: IncidentMatch; score: number; startsAt: number } | null = null;
  for (const incident of incidents) {
    if (incident.kind !== 'incident') continue;
    if (at < incident.startsAt.getTime() || (incident.endedAt && at > incident.endedAt.getTime())) continue;
    const causing = components.filter(
      (c) => incident.components.includes(c.code) && inquiry.category !== null && c.categories.includes(inquiry.category),
    );
    const words = incidentWords(incident).filter((w) => text.some((t) => matches(t, w)));
    const byCategory = causing.length > 0 && (words.length > 0 || inquiry.channel === 'phone');
    if (!byCategory && words.length < 2) continue;

    const explanation = [
      `linked to incident ${incident.id} "${incident.title.nb}"`,
      ...(causing.length > 0 ? [`category ${inquiry.category} is caused by the affected ${causing.map((c) => c.code).join(', ')}`] : []),
      ...(words.length > 0 ? [`its text has the incident's words ${words.map((w) => `"${w}"`).join(', ')}`] : []),
      `received during the incident (in force since ${clock(incident.startsAt)})`,
    ];
    const causes = causing.map((c) => c.code).join(', ');
    const quotedWords = words.map((w) => `"${w}"`).join(', ');
    const explanationCodes: DecisionReason[] = [
      { code: 'incident-linked', params: { noticeId: incident.id, title: incident.title.nb } },
      ...(causing.length > 0
        ? [{ code: 'incident-category' as const, params: { category: inquiry.category ?? '', components: causes } }]
        : []),
      ...(words.length > 0 ? [{ code: 'incident-words' as const, params: { words: quotedWords } }] : []),
      { code: 'incident-in-force', params: { startsAt: incident.startsAt.toISOString() } },
    ];
    const score = (causing.length > 0 ? 2 : 0) + words.length;
    const startsAt = incident.startsAt.getTime();
    if (!best || score > best.score || (score === best.score && startsAt > best.startsAt)) {
      best = { match: { noticeId: incident.id, explanation, explanationCodes }, score, startsAt };
    }
  }
  return best?.match ?? null;
}
