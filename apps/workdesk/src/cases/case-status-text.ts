import type { CaseStatus, CaseType, Language } from '@inquiry-router/contracts';

export interface CaseNotice {
  subject: string;
  body: string;
}

const TypeNames: Record<Language, Record<CaseType, string>> = {
  nb: { support: 'brukerstøtte', feil: 'feilmelding', bestilling: 'bestilling' },
  nn: { support: 'brukarstøtte', feil: 'feilmelding', bestilling: 'bestilling' },
  en: { support: 'support request', feil: 'error report', bestilling: 'order' },
};

const StatusLines: Record<Language, Record<CaseStatus, string>> = {
  nb: {
    registered: 'Vi har registrert saken din.',
    'in-progress': 'Vi arbeider med saken din.',
    'waiting-reporter': 'Vi trenger mer informasjon fra deg for å komme videre. Svar på denne meldingen.',
    'waiting-supplier': 'Vi venter på svar fra en leverandør og følger opp saken.',
    resolved: 'Saken din er løst. Svar på denne meldingen hvis noe fortsatt ikke virker, så åpner vi den igjen.',
    closed: 'Saken din er avsluttet.',
  },
  nn: {
    registered: 'Vi har registrert saka di.',
    'in-progress': 'Vi arbeider med saka di.',
    'waiting-reporter': 'Vi treng meir informasjon frå deg for å kome vidare. Svar på denne meldinga.',
    'waiting-supplier': 'Vi ventar på svar frå ein leverandør og følgjer opp saka.',
    resolved: 'Saka di er løyst. Svar på denne meldinga dersom noko framleis ikkje verkar, så opnar vi ho igjen.',
    closed: 'Saka di er avslutta.',
  },
  en: {
    registered: 'We have registered your case.',
    'in-progress': 'We are working on your case.',
    'waiting-reporter': 'We need more information from you to proceed. Please reply to this message.',
    'waiting-supplier': 'We are waiting for a supplier and are following the case up.',
    resolved: 'Your case is resolved. Reply to this message if something still does not work, and we will reopen it.',
    closed: 'Your case is closed.',
  },
};

const Words: Record<
  Language,
  { subject: (id: string, type: string) => string; reopened: string; note: string; greeting: string; signature: string }
> = {
  nb: {
    subject: (id, type) => `Saken din ${id} (${type})`,
    reopened: 'Vi har fått svaret ditt og åpnet saken igjen.',
    note: 'Melding fra servicedesken:',
    greeting: 'Hei,',
    signature: 'Vennlig hilsen\nServicedesken',
  },
  nn: {
    subject: (id, type) => `Saka di ${id} (${type})`,
    reopened: 'Vi har fått svaret ditt og opna saka igjen.',
    note: 'Melding frå servicedesken:',
    greeting: 'Hei,',
    signature: 'Venleg helsing\nServicedesken',
  },
  en: {
    subject: (id, type) => `Your case ${id} (${type})`,
    reopened: 'We have received your reply and reopened the case.',
    note: 'Message from the service desk:',
    greeting: 'Hello,',
    signature: 'Kind regards\nThe service desk',
  },
};

/**
 * What the reporter is told when their case changes status, in their language: the case number
 * and type, what the new status means for them, and the adviser's note when there is one (the
 * note is written to the reporter).
 */
export function caseStatusNotice(
  c: { id: string; type: CaseType },
  status: CaseStatus,
  language: Language,
  options: { note?: string; reopenedByReply?: boolean } = {},
): CaseNotice {
  const w = Words[language];
  const lines = [w.greeting, '', `${options.reopenedByReply ? `${w.reopened} ` : ''}${StatusLines[language][status]}`];
  if (options.note?.trim()) lines.push('', w.note, options.note.trim());
  lines.push('', w.signature);
  return { subject: w.subject(c.id, TypeNames[language][c.type]), body: lines.join('\n') };
}
