import { inquiryIdFor } from './inquiry-reference';
import { phoneInquiryIds } from './phone-calls';

describe('phoneInquiryIds', () => {
  const callSid = `CA${'ab'.repeat(16)}`;

  it('names the call by its CallSid, as every retry of the described call names it', () => {
    expect(phoneInquiryIds.call(callSid)).toBe(inquiryIdFor('phone', callSid));
  });

  it('gives the call-back request and each voicemail of a call inquiries of their own', () => {
    const ids = [
      phoneInquiryIds.call(callSid),
      phoneInquiryIds.callback(callSid),
      phoneInquiryIds.voicemail(callSid, `RE${'1'.repeat(32)}`),
      phoneInquiryIds.voicemail(callSid, `RE${'2'.repeat(32)}`),
    ];
    expect(new Set(ids).size).toBe(4);
    expect(phoneInquiryIds.voicemail(callSid, `RE${'1'.repeat(32)}`)).toBe(ids[2]);
  });
});
