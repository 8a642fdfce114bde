import { randomBytes } from 'node:crypto';
import { postTwilioWebhook } from '@inquiry-router/local-system';
import { inquiryIdFor } from '@inquiry-router/intake';
import { CallTurn, readCallTurn, TwimlVerb } from '@inquiry-router/twiml';

/** What a caller does on hearing that the support is closed: take the call-back offer, or leave a voicemail. */
export type WhenClosed = 'callback' | 'voicemail';

export interface IncomingCall {
  /** The caller's number, E.164, or `anonymous` when the caller hides it (as Twilio says it). */
  from: string;
  /** The number called: the support line or the service desk's. */
  to: string;
  /** The IVR menu choice (1 login and access, 2 an agency's subject matter, 3 leave a message, 4 other). */
  choice: '1' | '2' | '3' | '4';
  /** What the caller says when asked to describe the matter, or in a voicemail (Twilio's speech recognition or transcription). */
  speech: string;
  whenClosed: WhenClosed;
}

/** How a call ended, as the adapter's answers said. */
export type CallOutcome =
  | { kind: 'queued'; queue: string }
  | { kind: 'transferred'; number: string }
  | { kind: 'callback-requested' }
  | { kind: 'voicemail' }
  /** The adapter hung up (or its answer ran out) with nothing the caller asked for taken in. */
  | { kind: 'hung-up' };

export interface PlacedCall {
  callSid: string;
  /** The inquiry the call became (the call's own, its call-back request or its voicemail), or null when none. */
  inquiryId: string | null;
  outcome: CallOutcome;
  /** The adapter answered the call with its closed message (the call-back offer) rather than the menu. */
  closed: boolean;
  /** What the caller heard, answer by answer. */
  heard: string[][];
}

const CallbackOffer = '/voice/callback';
const Menu = '/voice/menu';
const Describe = '/voice/describe';

/** A caller who can be called back: a number, not `anonymous` or a SIP address (the adapter asks the same). */
export function showsNumber(from: string): boolean {
  return /^\+?[0-9]{3,20}$/.test(from.trim());
}

/**
 * At the closed message: press 1 for the call-back offer, or say nothing and leave a voicemail
 * when the caller would rather, or hides the number (there is nothing to call back).
 */
export function answerToClosedOffer(call: Pick<IncomingCall, 'from' | 'whenClosed'>): 'press-1' | 'stay-silent' {
  return call.whenClosed === 'callback' && showsNumber(call.from) ? 'press-1' : 'stay-silent';
}

/** What the caller does next on hearing one answer of the adapter. */
export type CallerMove =
  | { move: 'press'; action: string; digits: string }
  | { move: 'say'; action: string; speech: string }
  | { move: 'leave-voicemail'; action: string; transcribeCallback: string | null; finishOnKey: string | null; maxLength: number | null }
  | { move: 'wait'; action: string }
  | { move: 'end'; outcome: CallOutcome };

const pathOf = (action: string) => action.split('?')[0];

function voicemailInto({ action, transcribeCallback, finishOnKey, maxLength }: Extract<TwimlVerb, { verb: 'record' }>): CallerMove {
  return { move: 'leave-voicemail', action, transcribeCallback, finishOnKey, maxLength };
}

/** Silence at a gather: what Twilio plays and does next (a document that runs out ends the call). */
function silence(turn: CallTurn): CallerMove {
  const then = turn.onSilence?.then;
  if (then?.verb === 'record') return voicemailInto(then);
  if (then?.verb === 'redirect') return { move: 'wait', action: then.action };
  return { move: 'end', outcome: { kind: 'hung-up' } };
}

/**
 * The caller's next move, from what the answer asks: the menu's key, the description in words,
 * at the call-back offer a key or silence, a voicemail where a recording waits; the call ends
 * where the answer ends it. Never a step the answer does not offer (after "closed", no menu).
 */
export function callerMove(turn: CallTurn, call: IncomingCall): CallerMove {
  if (turn.ends?.verb === 'enqueue') return { move: 'end', outcome: { kind: 'queued', queue: turn.ends.queue } };
  if (turn.ends?.verb === 'dial') return { move: 'end', outcome: { kind: 'transferred', number: turn.ends.number } };
  const waits = turn.waitsFor;
  if (!waits) return { move: 'end', outcome: { kind: 'hung-up' } };
  if (waits.verb === 'record') return voicemailInto(waits);
  const asked = pathOf(waits.action);
  if (asked === CallbackOffer && waits.input.includes('dtmf')) {
    return answerToClosedOffer(call) === 'press-1' ? { move: 'press', action: waits.action, digits: '1' } : silence(turn);
  }
  if (asked === Menu && waits.input.includes('dtmf')) return { move: 'press', action: waits.action, digits: call.choice };
  if (asked === Describe && waits.input.includes('speech')) return { move: 'say', action: waits.action, speech: call.speech };
  return silence(turn);
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** At most this many answers per call: the IVR takes four at most, so more means it goes round in circles. */
const MaxTurns = 8;

/**
 * Places one call through the phone adapter as Twilio would: the incoming webhook, then each
 * next one the answer (TwiML) asks for, as the caller answers it (`callerMove`): the menu and the
 * description when open; the call-back offer or a voicemail (the Record verb's action, then the
 * transcription callback) when closed. Every webhook signed with the account's auth token.
 */
export async function placeCall(baseUrl: string, authToken: string, call: IncomingCall): Promise<PlacedCall> {
  const callSid = `CA${hex(16)}`;
  const accountSid = `AC${'0'.repeat(32)}`;
  const params = {
    AccountSid: accountSid,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'in-progress',
    Direction: 'inbound',
    From: call.from,
    To: call.to,
  };
  // Actions are relative to the document that named them, as Twilio resolves them.
  let documentUrl = `${baseUrl}/voice/incoming`;
  const post = async (url: string, form: Record<string, string>): Promise<string> => {
    const { status, body } = await postTwilioWebhook(url, form, authToken);
    if (status < 200 || status >= 300)
      throw new Error(`phone adapter answered ${status} to ${new URL(url).pathname}: ${body.slice(0, 200)}`);
    return body;
  };
  const follow = async (action: string, form: Record<string, string>): Promise<string> => {
    documentUrl = new URL(action, documentUrl).toString();
    return post(documentUrl, form);
  };

  let answer = await post(documentUrl, params);
  let inquiryId: string | null = null;
  let closed = false;
  let pressedForCallback = false;
  let leftVoicemail = false;
  const heard: string[][] = [];
  for (let turnNo = 0; turnNo < MaxTurns; turnNo++) {
    const turn = readCallTurn(answer);
    if (turnNo === 0) closed = turn.waitsFor?.verb === 'gather' && pathOf(turn.waitsFor.action) === CallbackOffer;
    const move = callerMove(turn, call);
    // Silence at a gather: the caller hears on to what follows it as well.
    const silent = turn.waitsFor?.verb === 'gather' && (move.move === 'leave-voicemail' || move.move === 'wait');
    heard.push(silent ? [...turn.heard, ...(turn.onSilence?.heard ?? [])] : turn.heard);
    switch (move.move) {
      case 'end':
        // The adapter has the call-back request in Kafka once it says it will call back and hangs up.
        if (pressedForCallback && move.outcome.kind === 'hung-up') {
          return {
            callSid,
            inquiryId: inquiryIdFor('phone', `${callSid}:callback`),
            outcome: { kind: 'callback-requested' },
            closed,
            heard,
          };
        }
        return { callSid, inquiryId, outcome: leftVoicemail ? { kind: 'voicemail' } : move.outcome, closed, heard };
      case 'press':
        pressedForCallback = pathOf(move.action) === CallbackOffer && move.digits === '1';
        answer = await follow(move.action, { ...params, Digits: move.digits });
        break;
      case 'say':
        answer = await follow(move.action, { ...params, SpeechResult: move.speech, Confidence: '0.91' });
        // The adapter takes the call in as an inquiry of its own once the caller has said what it is about.
        if (pathOf(move.action) === Describe) inquiryId = inquiryIdFor('phone', callSid);
        break;
      case 'wait':
        answer = await follow(move.action, params);
        break;
      case 'leave-voicemail': {
        pressedForCallback = false;
        leftVoicemail = true;
        const recordingSid = `RE${hex(16)}`;
        const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`;
        // About as long as the words take to say, within the recording's limit.
        const seconds = Math.min(move.maxLength ?? 120, Math.max(3, Math.ceil(call.speech.split(/\s+/).length / 2.5)));
        const transcriptionUrl = move.transcribeCallback && new URL(move.transcribeCallback, documentUrl).toString();
        // The Record verb's action: the caller ended the message with the finishing key.
        answer = await follow(move.action, {
          ...params,
          RecordingSid: recordingSid,
          RecordingUrl: recordingUrl,
          RecordingDuration: String(seconds),
          Digits: move.finishOnKey ? move.finishOnKey.charAt(0) : 'hangup',
        });
        if (transcriptionUrl) {
          // Twilio's transcription comes afterwards, once the call has ended, naming the recording it is of.
          const transcriptionSid = `TR${hex(16)}`;
          await post(transcriptionUrl, {
            ...params,
            CallStatus: 'completed',
            RecordingSid: recordingSid,
            RecordingUrl: recordingUrl,
            TranscriptionSid: transcriptionSid,
            TranscriptionText: call.speech,
            TranscriptionStatus: 'completed',
            TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Transcriptions/${transcriptionSid}`,
          });
          // One voicemail per recording, as the adapter names it.
          inquiryId = inquiryIdFor('phone', `${callSid}:voicemail:${recordingSid}`);
        }
        break;
      }
    }
  }
  throw new Error(`the call went round the phone adapter's answers ${MaxTurns} times without ending`);
}
