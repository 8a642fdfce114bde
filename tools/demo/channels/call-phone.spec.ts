import { readCallTurn } from '@inquiry-router/twiml';
import {
  callbackRecordedResponse,
  closedResponse,
  describeResponse,
  dialAgencyResponse,
  emptyResponse,
  enqueueResponse,
  goodbyeResponse,
  menuResponse,
  notOurNumberResponse,
  voicemailResponse,
} from '../../../apps/phone-adapter/src/voice-responses';
import { answerToClosedOffer, callerMove, IncomingCall, showsNumber } from './call-phone';

// The phone adapter's own answers, read as the caller meets them.
const caller: IncomingCall = {
  from: '+4791234567',
  to: '+4775006000',
  choice: '2',
  speech: 'jeg har spørsmål om sykepengene mine',
  whenClosed: 'callback',
};
const move = (twiml: string, call: IncomingCall = caller) => callerMove(readCallTurn(twiml), call);
const mondayMorning = new Date('2026-12-07T07:00:00Z');

describe('the demo caller', () => {
  it('when open: presses the choice at the menu, says what it is about, and ends where the adapter connects the call', () => {
    expect(move(menuResponse())).toEqual({ move: 'press', action: '/voice/menu', digits: '2' });
    expect(move(menuResponse('Vi har kjente problemer med innlogging.'))).toMatchObject({ move: 'press', digits: '2' });
    expect(move(describeResponse(2))).toEqual({ move: 'say', action: '/voice/describe?choice=2', speech: caller.speech });
    expect(move(enqueueResponse('first-line'))).toEqual({ move: 'end', outcome: { kind: 'queued', queue: 'first-line' } });
    expect(move(dialAgencyResponse('+4755553333'))).toEqual({ move: 'end', outcome: { kind: 'transferred', number: '+4755553333' } });
  });

  it('when closed: takes the call-back offer (1), and never walks into the menu', () => {
    const atClosed = move(closedResponse(mondayMorning));
    expect(atClosed).toEqual({ move: 'press', action: '/voice/callback', digits: '1' });
    expect(move(callbackRecordedResponse())).toEqual({ move: 'end', outcome: { kind: 'hung-up' } });
  });

  it('when closed: leaves a voicemail on silence if the caller would rather, or hides the number', () => {
    const voicemail = {
      move: 'leave-voicemail',
      action: '/voice/goodbye',
      transcribeCallback: '/voice/transcription',
      finishOnKey: '#',
      maxLength: 120,
    };
    expect(move(closedResponse(mondayMorning), { ...caller, whenClosed: 'voicemail' })).toEqual(voicemail);
    expect(move(closedResponse(null, 'Innlogging er ustabil.'), { ...caller, from: 'anonymous' })).toEqual(voicemail);
    // Asked for a message outright (the adapter could not see the number, or could not record the call).
    expect(move(voicemailResponse('Vi ser ikke nummeret du ringer fra. Si nummeret ditt i beskjeden.'))).toEqual(voicemail);
    expect(move(goodbyeResponse())).toEqual({ move: 'end', outcome: { kind: 'hung-up' } });
  });

  it('ends the call where the adapter hangs up or its answer runs out', () => {
    expect(move(notOurNumberResponse())).toEqual({ move: 'end', outcome: { kind: 'hung-up' } });
    expect(move(emptyResponse())).toEqual({ move: 'end', outcome: { kind: 'hung-up' } });
  });

  it('chooses between the call-back offer and a voicemail by what the caller wants and whether the number shows', () => {
    expect(answerToClosedOffer({ from: '+4791234567', whenClosed: 'callback' })).toBe('press-1');
    expect(answerToClosedOffer({ from: '+4791234567', whenClosed: 'voicemail' })).toBe('stay-silent');
    expect(answerToClosedOffer({ from: 'anonymous', whenClosed: 'callback' })).toBe('stay-silent');
    expect(answerToClosedOffer({ from: 'sip:kari@example.no', whenClosed: 'callback' })).toBe('stay-silent');
    expect([showsNumber('+4791234567'), showsNumber('4791234567'), showsNumber('anonymous'), showsNumber('')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
