import type { InquiryParty } from '@inquiry-router/contracts';

/** What every voice webhook says about the call it belongs to. */
export interface VoiceCall {
  callSid: string;
  /** The caller's number as Twilio gives it ("+4792900840", or "anonymous" when withheld). */
  from: string | undefined;
  /** The number called. */
  to: string;
}

/** Digits only, so "+47 75 00 60 00" and "+4775006000" are the same number. */
export function phoneDigits(number: string): string {
  return number.replace(/[^0-9]/g, '');
}

/** A number we could call back, or null (withheld, a SIP or client address). */
export function callableNumber(from: string | undefined): string | null {
  const trimmed = from?.trim() ?? '';
  return /^\+?[0-9]{3,20}$/.test(trimmed) ? trimmed : null;
}

export function callerParty(from: string | undefined): InquiryParty {
  const phone = callableNumber(from);
  return phone ? { phone } : {};
}
