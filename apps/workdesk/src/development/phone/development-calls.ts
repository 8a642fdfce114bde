import { randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallTurn, DevelopmentPhoneView, PhoneCallStepView, PhoneLine, PostedWebhookView } from '@inquiry-router/contracts';
import { phoneInquiryIds } from '@inquiry-router/intake';
import { readCallTurn, UnreadableTwiml } from '@inquiry-router/twiml';
import { CallNotPlacedHere, MalformedCallSid, MoreThanOneAnswer, PhoneAdapterRefused } from './development-phone-errors';
import { PhoneAdapterWebhooks } from './phone-adapter-webhooks';
import { voicePathOf, voiceWebhookOf } from './voice-path';

/** Injection token: the number each line calls (`Record<PhoneLine, string>`), the phone adapter's own. */
export const PhoneLineNumbers = Symbol('PhoneLineNumbers');
export type PhoneLineNumbers = Readonly<Record<PhoneLine, string>>;

/** What the caller does at a turn: keys, words, a voicemail (its text as Twilio would transcribe it), or nothing. */
export interface CallerAnswer {
  /** The path the last TwiML gave (a Gather's or Record's action, a Redirect). */
  action: string;
  digits?: string;
  speech?: string;
  recording?: { transcription: string; transcribeCallback?: string | null };
}

interface PlacedCall {
  callSid: string;
  line: PhoneLine;
  to: string;
  from: string;
}

/** A development account: Twilio sends its AccountSid with every webhook. */
const AccountSid = `AC${'0'.repeat(32)}`;
/** The calls kept to be answered; beyond this, the oldest are forgotten (a development tool, in memory). */
const CallsKept = 500;
const callSidPattern = /^CA[0-9a-f]{32}$/;

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

/** A Norwegian mobile number of its own for each call placed without one: a new caller, not someone's repeat call. */
const aDevelopmentCaller = () => `+479${String(randomInt(10_000_000)).padStart(7, '0')}`;

/** About as long as the message would take to say, within the Record verb's 120 seconds. */
const spokenSeconds = (text: string) => String(Math.min(120, Math.max(2, Math.ceil(text.split(/\s+/).filter(Boolean).length / 2.5))));

/**
 * Places calls through the phone adapter's IVR as Twilio would, one caller's turn at a time,
 * for the development Phone page: each webhook signed and posted, the TwiML read as the caller
 * meets it, and once the call has left the IVR, the inquiry it made. The caller's number never
 * goes to a log.
 */
@Injectable()
export class DevelopmentCalls {
  private readonly calls = new Map<string, PlacedCall>();

  constructor(
    private readonly adapter: PhoneAdapterWebhooks,
    @Inject(PhoneLineNumbers) private readonly numbers: PhoneLineNumbers,
  ) {}

  lines(): DevelopmentPhoneView {
    return {
      lines: (Object.keys(this.numbers) as PhoneLine[]).map((line) => ({ line, number: this.numbers[line] })),
      notConfigured: this.adapter.notConfigured,
    };
  }

  /** A new call to `line` (from `from`, or a development caller of its own): the adapter's greeting. */
  async place(line: PhoneLine, from: string | undefined): Promise<PhoneCallStepView> {
    const call: PlacedCall = { callSid: sid('CA'), line, to: this.numbers[line], from: from ?? aDevelopmentCaller() };
    const step = await this.post(call, '/voice/incoming', {}, 'ringing');
    this.remember(call);
    return this.stepView(call, [step], null);
  }

  /** The caller's next turn on a call placed here: posted to the path the last TwiML gave. */
  async answer(callSid: string, answer: CallerAnswer): Promise<PhoneCallStepView> {
    if (!callSidPattern.test(callSid)) throw new MalformedCallSid();
    const path = voicePathOf(answer.action);
    const given = [answer.digits, answer.speech, answer.recording].filter((a) => a !== undefined);
    if (given.length > 1) throw new MoreThanOneAnswer();
    const call = this.calls.get(callSid);
    if (!call) throw new CallNotPlacedHere(callSid);
    if (answer.recording) return this.leaveVoicemail(call, path, answer.recording);

    const fields: Record<string, string> =
      answer.digits !== undefined
        ? { Digits: answer.digits }
        : answer.speech !== undefined
          ? { SpeechResult: answer.speech, Confidence: '0.92' }
          : {};
    const step = await this.post(call, path, fields);
    return this.stepView(call, [step], () => this.inquiryMadeAt(call, path));
  }

  /**
   * As Twilio does when a recording ends: the Record verb's action with the recording, then (a
   * moment later at Twilio) its transcription to the transcribeCallback.
   */
  private async leaveVoicemail(
    call: PlacedCall,
    path: string,
    recording: NonNullable<CallerAnswer['recording']>,
  ): Promise<PhoneCallStepView> {
    const transcribeCallback =
      recording.transcribeCallback == null ? null : voicePathOf(recording.transcribeCallback, 'recording.transcribeCallback');
    const recordingSid = sid('RE');
    const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/${AccountSid}/Recordings/${recordingSid}`;
    const ended = await this.post(call, path, {
      RecordingSid: recordingSid,
      RecordingUrl: recordingUrl,
      RecordingDuration: spokenSeconds(recording.transcription),
      Digits: '#',
    });
    if (!transcribeCallback) return this.stepView(call, [ended], null);
    const text = recording.transcription.trim();
    const transcribed = await this.post(
      call,
      transcribeCallback,
      {
        RecordingSid: recordingSid,
        RecordingUrl: recordingUrl,
        TranscriptionSid: sid('TR'),
        TranscriptionStatus: text ? 'completed' : 'failed',
        ...(text ? { TranscriptionText: text } : {}),
      },
      'completed',
    );
    return this.stepView(call, [ended, transcribed], () => phoneInquiryIds.voicemail(call.callSid, recordingSid), ended.twiml);
  }

  /** The inquiry a webhook that ended the call made: the described call, or the call-back request. */
  private inquiryMadeAt(call: PlacedCall, path: string): string | null {
    switch (voiceWebhookOf(path)) {
      case 'describe':
        return phoneInquiryIds.call(call.callSid);
      case 'callback':
        return phoneInquiryIds.callback(call.callSid);
      default:
        return null;
    }
  }

  private async post(
    call: PlacedCall,
    path: string,
    fields: Record<string, string>,
    status = 'in-progress',
  ): Promise<PostedWebhookView & { twiml: string }> {
    const form = {
      AccountSid,
      ApiVersion: '2010-04-01',
      CallSid: call.callSid,
      CallStatus: status,
      Direction: 'inbound',
      From: call.from,
      To: call.to,
      ...fields,
    };
    const { status: answered, body } = await this.adapter.post(path, form);
    return { path, fields, status: answered, twiml: body };
  }

  /**
   * The step as the page shows it: `twiml` (by default the last webhook's answer) read as the
   * caller meets it; `madeInquiry` names the inquiry the step made, asked once the call has ended.
   */
  private stepView(
    call: PlacedCall,
    steps: (PostedWebhookView & { twiml: string })[],
    madeInquiry: (() => string | null) | null,
    twiml = steps[steps.length - 1].twiml,
  ): PhoneCallStepView {
    let turn: CallTurn;
    try {
      turn = readCallTurn(twiml);
    } catch (error) {
      if (!(error instanceof UnreadableTwiml)) throw error;
      throw new PhoneAdapterRefused('unprocessable', `the phone adapter answered with TwiML the Phone page cannot read: ${error.message}`);
    }
    return {
      callSid: call.callSid,
      line: call.line,
      to: call.to,
      posted: steps.map(({ path, fields, status }) => ({ path, fields, status })),
      twiml,
      turn,
      inquiryId: turn.ends && madeInquiry ? madeInquiry() : null,
    };
  }

  private remember(call: PlacedCall): void {
    this.calls.set(call.callSid, call);
    if (this.calls.size > CallsKept) this.calls.delete(this.calls.keys().next().value!);
  }
}
