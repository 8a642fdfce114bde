/** What a caller may answer with at a `<Gather>`: keys, words, or either. */
export type GatherInput = 'dtmf' | 'speech';

/** One TwiML verb as a caller meets it, in document order. */
export type TwimlVerb =
  | { verb: 'say'; text: string }
  | { verb: 'pause'; seconds: number }
  | { verb: 'gather'; action: string; input: GatherInput[]; numDigits: number | null; said: string[] }
  | { verb: 'record'; action: string; transcribeCallback: string | null; finishOnKey: string | null; maxLength: number | null }
  | { verb: 'redirect'; action: string }
  | { verb: 'enqueue'; queue: string }
  | { verb: 'dial'; number: string }
  | { verb: 'hangup' };

/**
 * What one TwiML answer means to the caller (libs/twiml `readCallTurn` reads it): what they hear,
 * in order, and where the call goes from it. `waitsFor` is the first verb that takes the caller's
 * input (a `<Gather>` or a `<Record>`); `onSilence` is what Twilio plays and does when the caller
 * gives none; `ends` how the call leaves the menu (put in a queue, dialled through, hung up) when
 * nothing is asked first.
 */
export interface CallTurn {
  verbs: TwimlVerb[];
  heard: string[];
  waitsFor: Extract<TwimlVerb, { verb: 'gather' | 'record' }> | null;
  onSilence: { heard: string[]; then: Extract<TwimlVerb, { verb: 'redirect' | 'record' }> | null } | null;
  ends: Extract<TwimlVerb, { verb: 'enqueue' | 'dial' | 'hangup' }> | null;
}

/** The numbers the development Phone page calls: the ordinary support line and the service desk's. */
export const PhoneLines = ['support', 'service-desk'] as const;
export type PhoneLine = (typeof PhoneLines)[number];

/** `GET /api/development/phone`: the numbers a call can be placed to, and whether calls can be placed. Outside production only. */
export interface DevelopmentPhoneView {
  lines: { line: PhoneLine; number: string }[];
  /** Why no call can be placed from this workdesk (what to configure), or null when calls can be placed. */
  notConfigured: string | null;
}

/** One webhook the workdesk signed and posted to the phone adapter as Twilio would, and how the adapter answered. */
export interface PostedWebhookView {
  /** The adapter's path and query (`/voice/describe?choice=1`). */
  path: string;
  /** The form fields besides those every webhook of the call carries (`Digits`, `SpeechResult`, `TranscriptionText`, …). */
  fields: Record<string, string>;
  status: number;
}

/**
 * `POST /api/development/phone/calls` and `…/calls/:callSid/answer`: one step of a call through
 * the IVR — what was posted, the TwiML the phone adapter answered with, and what it means to the
 * caller. Once the call has left the IVR (queued, put through, hung up), the inquiry it made.
 */
export interface PhoneCallStepView {
  callSid: string;
  line: PhoneLine;
  /** The number called. */
  to: string;
  /** What the step posted, in order (for a voicemail: the recording's end, then its transcription). */
  posted: PostedWebhookView[];
  /** The TwiML of the last webhook posted, as the adapter sent it. */
  twiml: string;
  turn: CallTurn;
  /**
   * The inquiry the call made, once it has left the IVR (`turn.ends`) on a step that makes one: the
   * described call, the call-back request, the voicemail. Null while the call goes on, or when it
   * made none (a number the adapter does not answer for).
   */
  inquiryId: string | null;
}

/** `POST /api/development/phone/calls`: a call to place to a line, from a number (E.164) or one of its own. */
export interface NewPhoneCall {
  to: PhoneLine;
  from?: string;
}

/** A voicemail left at a `<Record>`: what the caller says, as Twilio's transcription gives it (empty: none). */
export interface PhoneRecording {
  transcription: string;
  /** The `<Record>`'s transcribeCallback, a /voice/ path as the TwiML gave it. */
  transcribeCallback?: string | null;
}

/** `POST /api/development/phone/calls/:sid/answer`: the caller's turn: where the last TwiML sends it, and what they give (none: silence). */
export interface PhoneCallAnswer {
  /** The path the last TwiML gave (a Gather's or Record's action, a Redirect). */
  action: string;
  digits?: string;
  speech?: string;
  recording?: PhoneRecording;
}
