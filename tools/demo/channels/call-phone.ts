import { randomBytes } from 'node:crypto';
import { postTwilioWebhook } from '@inquiry-router/local-system';
import { inquiryIdFor } from '@inquiry-router/intake';

export interface IncomingCall {
  /** The caller's number, E.164. */
  from: string;
  /** The number called: the support line or the service desk's. */
  to: string;
  /** The IVR menu choice (1 login and access, 2 an agency's subject matter, 3 leave a message, 4 other). */
  choice: '1' | '2' | '3' | '4';
  /** What the caller says when asked to describe the matter (Twilio's speech recognition result). */
  speech: string;
}

export interface PlacedCall {
  inquiryId: string;
  callSid: string;
  /** The TwiML the adapter answered the description with (enqueue, dial, or closed). */
  twiml: string;
}

/**
 * Walks one call through the phone adapter's IVR as Twilio would: incoming, the menu choice,
 * the spoken description; every webhook signed with the account's auth token.
 */
export async function placeCall(baseUrl: string, authToken: string, call: IncomingCall): Promise<PlacedCall> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const params = {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'in-progress',
    Direction: 'inbound',
    From: call.from,
    To: call.to,
  };
  const post = async (path: string, form: Record<string, string>): Promise<string> => {
    const { status, body } = await postTwilioWebhook(`${baseUrl}${path}`, form, authToken);
    if (status < 200 || status >= 300) throw new Error(`phone adapter answered ${status} to ${path}: ${body.slice(0, 200)}`);
    return body;
  };
  await post('/voice/incoming', params);
  await post('/voice/menu', { ...params, Digits: call.choice });
  const twiml = await post(`/voice/describe?choice=${call.choice}`, { ...params, SpeechResult: call.speech, Confidence: '0.91' });
  return { inquiryId: inquiryIdFor('phone', callSid), callSid, twiml };
}
