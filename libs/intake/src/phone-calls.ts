import { inquiryIdFor } from './inquiry-reference';

/**
 * The numbers the phone adapter answers for unless SUPPORT_NUMBER and SERVICEDESK_NUMBER say
 * otherwise; the workdesk's development Phone page calls the same ones by the same variables.
 */
export const DefaultSupportNumbers = { support: '+4775006000', serviceDesk: '+4775006099' } as const;

/**
 * The inquiries a call makes, by the provider's ids: the call described in the IVR, a call-back
 * request left outside opening hours, and a voicemail (one per recording; Twilio's retries of its
 * transcription carry the same RecordingSid). The phone adapter makes them; the development Phone
 * page finds them by the same ids.
 */
export const phoneInquiryIds = {
  call: (callSid: string): string => inquiryIdFor('phone', callSid),
  callback: (callSid: string): string => inquiryIdFor('phone', `${callSid}:callback`),
  voicemail: (callSid: string, recordingSid: string | undefined): string =>
    inquiryIdFor('phone', `${callSid}:voicemail:${recordingSid ?? ''}`),
};
