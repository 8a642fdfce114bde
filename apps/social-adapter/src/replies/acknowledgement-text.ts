import { detectLanguage } from '@inquiry-router/classification';

/**
 * The first answer in a new conversation: the reference number and when to expect an answer.
 * In English when the person wrote English, otherwise in bokmål (nynorsk readers read it too).
 */
export function acknowledgementText(inquiryId: string, theirText: string): string {
  if (detectLanguage(theirText) === 'en') {
    return `Thank you for your message. Your reference number is ${inquiryId}. We will answer within 4 opening hours.`;
  }
  return `Takk for meldingen din. Referansenummeret ditt er ${inquiryId}. Vi svarer deg innen 4 timer i åpningstiden.`;
}
