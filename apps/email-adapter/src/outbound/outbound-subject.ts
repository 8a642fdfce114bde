import type { Language, OutboundMessage, OutboundPurpose } from '@inquiry-router/contracts';
import type { OutboundRecipient } from '@inquiry-router/persistence';

const DefaultSubjects: Record<Language, Record<OutboundPurpose, string>> = {
  nb: {
    answer: 'Svar på henvendelsen din',
    acknowledgement: 'Vi har mottatt henvendelsen din',
    'case-status': 'Nytt i saken din',
    'forwarded-notice': 'Henvendelsen din er sendt videre',
    'callback-offer': 'Vi ringer deg tilbake',
    reminder: 'Påminnelse',
    'incident-notice': 'Vi kjenner til problemet',
    'incident-resolution': 'Problemet er løst',
    'satisfaction-survey': 'Hvor fornøyd er du med hjelpen?',
  },
  nn: {
    answer: 'Svar på førespurnaden din',
    acknowledgement: 'Vi har motteke førespurnaden din',
    'case-status': 'Nytt i saka di',
    'forwarded-notice': 'Førespurnaden din er send vidare',
    'callback-offer': 'Vi ringjer deg tilbake',
    reminder: 'Påminning',
    'incident-notice': 'Vi kjenner til problemet',
    'incident-resolution': 'Problemet er løyst',
    'satisfaction-survey': 'Kor nøgd er du med hjelpa?',
  },
  en: {
    answer: 'Answer to your inquiry',
    acknowledgement: 'We have received your inquiry',
    'case-status': 'News about your case',
    'forwarded-notice': 'Your inquiry has been forwarded',
    'callback-offer': 'We will call you back',
    reminder: 'Reminder',
    'incident-notice': 'We know about the problem',
    'incident-resolution': 'The problem is solved',
    'satisfaction-survey': 'How satisfied are you with our help?',
  },
};

/**
 * The subject of an outbound mail: the publisher's, else one for its purpose, always with the
 * conversation's reference in brackets (`[IR-…]`), so a reply that keeps the subject joins it.
 */
export function outboundSubject(
  message: Pick<OutboundMessage, 'subject' | 'purpose' | 'language'>,
  recipient: Pick<OutboundRecipient, 'threadId'>,
): string {
  const subject = message.subject?.trim() || DefaultSubjects[message.language][message.purpose];
  return subject.includes(recipient.threadId) ? subject : `${subject} [${recipient.threadId}]`;
}
