import { useCallback, useEffect, useState } from 'react';
import type {
  CallTurn,
  DevelopmentPhoneView,
  NewPhoneCall,
  PhoneCallAnswer,
  PhoneCallStepView,
  PhoneLine,
  TwimlVerb,
} from '@inquiry-router/contracts/views';
import { isNotFound } from '../../api/api-client';
import { useSession } from '../../api/session';
import type { InquiryView } from '../../api/types';
import { useResource } from '../../api/use-resource';

type Verb<V extends TwimlVerb['verb']> = Extract<TwimlVerb, { verb: V }>;

/** What the caller did at a turn, as the call's log tells it. */
export type CallerAction =
  | { kind: 'dialled'; number: string }
  | { kind: 'pressed'; digits: string }
  | { kind: 'said'; speech: string }
  | { kind: 'silent' }
  | { kind: 'voicemail'; transcription: string }
  | { kind: 'followed' }
  | { kind: 'hungUp' };

/**
 * One entry of the call's log: what the caller did, what they heard next, and the webhooks posted
 * with the TwiML the phone adapter answered (none when silence led on within the same TwiML, or
 * the caller hung up).
 */
export interface CallLogEntry {
  did: CallerAction;
  heard: string[];
  step: PhoneCallStepView | null;
}

/** Where the call stands: asking for keys or words, taking a voicemail, or over (how, and the inquiry it made). */
export type CallPhase =
  | { kind: 'gather'; gather: Verb<'gather'>; onSilence: CallTurn['onSilence'] }
  | { kind: 'record'; record: Verb<'record'> }
  | { kind: 'ended'; ends: Verb<'enqueue' | 'dial' | 'hangup'> | { verb: 'hungUp' }; inquiryId: string | null };

export interface PhoneCall {
  callSid: string;
  line: PhoneLine;
  to: string;
  log: CallLogEntry[];
  phase: CallPhase;
}

/** Twilio follows a `<Redirect>` that nothing comes before on its own; a loop of them is cut short. */
const RedirectsFollowed = 5;

/** The caller's next step from an answer: what it waits for, or how the call ended. */
function phaseOf(step: PhoneCallStepView): CallPhase | { kind: 'redirect'; action: string } {
  const { turn } = step;
  if (turn.waitsFor?.verb === 'gather') return { kind: 'gather', gather: turn.waitsFor, onSilence: turn.onSilence };
  if (turn.waitsFor?.verb === 'record') return { kind: 'record', record: turn.waitsFor };
  if (turn.ends) return { kind: 'ended', ends: turn.ends, inquiryId: step.inquiryId };
  const redirect = turn.verbs.find((v): v is Verb<'redirect'> => v.verb === 'redirect');
  if (redirect) return { kind: 'redirect', action: redirect.action };
  // A document that ends without anything that goes on: Twilio hangs up.
  return { kind: 'ended', ends: { verb: 'hangup' }, inquiryId: step.inquiryId };
}

/**
 * The development Phone page's data: the numbers to call (`GET /api/development/phone`; missing in
 * production) and one call at a time, driven through the workdesk, which signs every webhook
 * (`POST /api/development/phone/calls`, `…/calls/:callSid/answer`). Each action resolves once the
 * call has moved on; a refusal rejects with the server's reason and leaves the call where it was.
 */
export function usePhoneCall() {
  const { api } = useSession();
  const tool = useResource(useCallback(() => api.get<DevelopmentPhoneView>('/api/development/phone'), [api]));
  const [call, setCall] = useState<PhoneCall | null>(null);

  const advance = useCallback(
    async (current: Omit<PhoneCall, 'phase'>, did: CallerAction, first: PhoneCallStepView): Promise<void> => {
      let log = [...current.log, { did, heard: first.turn.heard, step: first }];
      let next = phaseOf(first);
      for (let followed = 0; next.kind === 'redirect' && followed < RedirectsFollowed; followed++) {
        const step = await api.post<PhoneCallStepView>(`/api/development/phone/calls/${current.callSid}/answer`, {
          action: next.action,
        } satisfies PhoneCallAnswer);
        log = [...log, { did: { kind: 'followed' }, heard: step.turn.heard, step }];
        next = phaseOf(step);
      }
      const phase: CallPhase = next.kind === 'redirect' ? { kind: 'ended', ends: { verb: 'hangup' }, inquiryId: null } : next;
      setCall({ ...current, log, phase });
    },
    [api],
  );

  const answer = useCallback(
    async (did: CallerAction, body: PhoneCallAnswer) => {
      if (!call) return;
      const step = await api.post<PhoneCallStepView>(`/api/development/phone/calls/${call.callSid}/answer`, body);
      await advance(call, did, step);
    },
    [api, call, advance],
  );

  return {
    lines: tool.data?.lines ?? [],
    notConfigured: tool.data?.notConfigured ?? null,
    /** The workdesk offers no Phone page (production). */
    unavailable: isNotFound(tool.error),
    loadError: tool.error,
    call,
    /** Places a new call to `line` (from `from`, or a number of its own when empty); any call before it is left. */
    place: async (line: PhoneLine, from: string) => {
      const step = await api.post<PhoneCallStepView>('/api/development/phone/calls', {
        to: line,
        ...(from.trim() ? { from: from.trim() } : {}),
      } satisfies NewPhoneCall);
      await advance({ callSid: step.callSid, line, to: step.to, log: [] }, { kind: 'dialled', number: step.to }, step);
    },
    press: (digits: string) => {
      if (call?.phase.kind !== 'gather') return Promise.resolve();
      return answer({ kind: 'pressed', digits }, { action: call.phase.gather.action, digits });
    },
    say: (speech: string) => {
      if (call?.phase.kind !== 'gather') return Promise.resolve();
      return answer({ kind: 'said', speech }, { action: call.phase.gather.action, speech });
    },
    /** The caller gives nothing: on as the TwiML says (a redirect is posted; a recording or the end follows within it). */
    silence: async () => {
      if (call?.phase.kind !== 'gather') return;
      const then = call.phase.onSilence?.then ?? null;
      const heard = call.phase.onSilence?.heard ?? [];
      if (then?.verb === 'redirect') return answer({ kind: 'silent' }, { action: then.action });
      const log = [...call.log, { did: { kind: 'silent' } as const, heard, step: null }];
      setCall({
        ...call,
        log,
        phase: then ? { kind: 'record', record: then } : { kind: 'ended', ends: { verb: 'hangup' }, inquiryId: null },
      });
    },
    leaveVoicemail: (transcription: string) => {
      if (call?.phase.kind !== 'record') return Promise.resolve();
      const { action, transcribeCallback } = call.phase.record;
      return answer({ kind: 'voicemail', transcription }, { action, recording: { transcription, transcribeCallback } });
    },
    hangUp: () => {
      if (!call || call.phase.kind === 'ended') return;
      setCall({
        ...call,
        log: [...call.log, { did: { kind: 'hungUp' }, heard: [], step: null }],
        phase: { kind: 'ended', ends: { verb: 'hungUp' }, inquiryId: null },
      });
    },
  };
}

export type PhoneCallControls = ReturnType<typeof usePhoneCall>;

const DecisionPollMs = 1500;
/** About two minutes: a decision later than that is not coming (the router is down); a reload asks again. */
const DecisionPolls = 80;

/**
 * The inquiry a call made, as `GET /api/inquiries/:id` shows it: read again until the router has
 * recorded it with its decision (it is not there the moment the call leaves the IVR).
 */
export function useCallInquiry(id: string | null): InquiryView | null {
  const { api } = useSession();
  const [view, setView] = useState<InquiryView | null>(null);
  useEffect(() => {
    setView(null);
    if (!id) return;
    let stopped = false;
    let timer: number | undefined;
    let polls = 0;
    const read = async () => {
      polls++;
      const found = await api.get<InquiryView>(`/api/inquiries/${encodeURIComponent(id)}`).catch(() => null);
      if (stopped) return;
      if (found) setView(found);
      if (!found?.decision && polls < DecisionPolls) timer = window.setTimeout(() => void read(), DecisionPollMs);
    };
    void read();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [api, id]);
  return view;
}
