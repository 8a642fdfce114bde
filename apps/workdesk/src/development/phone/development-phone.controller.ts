import { Body, Param } from '@nestjs/common';
import type { DevelopmentPhoneView, PhoneCallStepView } from '@inquiry-router/contracts';
import { Endpoint, SupportStaff } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { DevelopmentCalls } from './development-calls';
import { AnswerCallRequest, PlaceCallRequest } from './development-phone.requests';
import { DevelopmentPhoneDoc, PhoneCallStepDoc } from './development-phone.views';

const AdapterProblems = {
  conflict:
    'the workdesk has no TWILIO_AUTH_TOKEN, or the phone adapter refused its signature (the token or the address differ from the adapter’s)',
  unprocessableEntity: 'the phone adapter refused the webhook (its reason is given)',
} as const;

/**
 * The development Phone page's calls: placed to the support or service-desk number and walked
 * through the IVR by posting the phone adapter's webhooks as Twilio would, signed here (never in
 * the browser). Not mounted in production.
 */
@ApiController('development', 'development/phone')
export class DevelopmentPhoneController {
  constructor(private readonly calls: DevelopmentCalls) {}

  @Endpoint('GET', '', SupportStaff, {
    summary: 'the numbers a call can be placed to, and whether calls can be placed (outside production only)',
    ok: { type: DevelopmentPhoneDoc },
  })
  lines(): DevelopmentPhoneView {
    return this.calls.lines();
  }

  @Endpoint('POST', 'calls', SupportStaff, {
    summary: 'places a call: posts /voice/incoming to the phone adapter as Twilio would; answers with its TwiML (outside production only)',
    created: { type: PhoneCallStepDoc },
    badRequest: 'to is not support or service-desk, or from is not an E.164 number',
    ...AdapterProblems,
  })
  place(@Body() body: PlaceCallRequest): Promise<PhoneCallStepView> {
    return this.calls.place(body.to, body.from);
  }

  @Endpoint('POST', 'calls/:callSid/answer', SupportStaff, {
    summary:
      "the caller's turn: keys, words, a voicemail or silence, posted to the /voice/ path the last TwiML gave; answers with the next TwiML, and once the call has left the IVR, the inquiry it made (outside production only)",
    ok: { type: PhoneCallStepDoc },
    badRequest:
      'action (or the transcribeCallback) is not a /voice/ path of the phone adapter, or more than one of digits, speech and recording',
    notFound: 'no such call was placed from this workdesk',
    ...AdapterProblems,
  })
  answer(@Param('callSid') callSid: string, @Body() body: AnswerCallRequest): Promise<PhoneCallStepView> {
    return this.calls.answer(callSid, body);
  }
}
