import type { Language } from '@inquiry-router/contracts';
import { DefaultServiceLevelTargets, ExpectedAnswer, expectedAnswerText } from '@inquiry-router/opening-hours';

/**
 * The first answer in a new conversation: the reference number and when to expect an answer, in
 * the language the person wrote (bokmål when it cannot tell). The due time is counted in opening
 * time, so a message on a Saturday or a holiday is promised an answer after it; without one the
 * default social target is promised.
 */
export function acknowledgementText(inquiryId: string, language: Language, expected: ExpectedAnswer | null = null): string {
  const { within, by } = expectedAnswerText(expected, DefaultServiceLevelTargets.social, language);
  switch (language) {
    case 'en':
      return `Thank you for your message. Your reference number is ${inquiryId}. We will answer within ${within}${by ? `, by ${by} (Norwegian time)` : ''}.`;
    case 'nn':
      return `Takk for meldinga di. Referansenummeret ditt er ${inquiryId}. Vi svarer deg innan ${within}${by ? `, seinast ${by}` : ''}.`;
    default:
      return `Takk for meldingen din. Referansenummeret ditt er ${inquiryId}. Vi svarer deg innen ${within}${by ? `, senest ${by}` : ''}.`;
  }
}
