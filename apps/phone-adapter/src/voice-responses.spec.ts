import { readCallTurn } from '@inquiry-router/twiml';
import { ivrInquiryBody, menuChoiceOf } from './ivr-menu';
import {
  agencyWithoutNumberResponse,
  callbackRecordedResponse,
  closedResponse,
  describeResponse,
  dialAgencyResponse,
  emptyResponse,
  enqueueResponse,
  goodbyeResponse,
  menuResponse,
  notOurNumberResponse,
  spokenTime,
  voicemailResponse,
} from './voice-responses';

describe('TwiML of the IVR', () => {
  it('offers the menu by key or speech in Norwegian, going on to the menu step', () => {
    const xml = menuResponse();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>/);
    expect(xml).toContain('<Gather input="dtmf speech" language="nb-NO" action="/voice/menu" method="POST" numDigits="1"');
    expect(xml).toMatch(/innlogging, trykk 1.*Skjema og innsending, trykk 2.*Roller og rettigheter, trykk 3.*Noe annet, trykk 4/);
    // Silence goes on to the menu step as "other" instead of ending the call.
    expect(xml).toContain('<Redirect method="POST">/voice/menu</Redirect>');
  });

  it('says the known incidents after the welcome and before the choices, inside the gather (a key press cuts it short)', () => {
    const xml = menuResponse(
      'Vi kjenner til et problem i portalen: Feil ved innlogging med BankID. Du kan følge med på driftsmeldingene på statussiden.',
    );
    expect(xml).toMatch(
      /<Gather [^>]*action="\/voice\/menu"[^>]*><Say language="nb-NO">Velkommen til brukerstøtten\.<\/Say><Say language="nb-NO">Vi kjenner til et problem i portalen: Feil ved innlogging med BankID\. Du kan følge med på driftsmeldingene på statussiden\.<\/Say><Say language="nb-NO">Gjelder det innlogging, trykk 1\./,
    );
    // Without incidents the menu says nothing of them.
    expect(menuResponse('')).not.toContain('Vi kjenner til');
  });

  it('asks what it is about, carrying the choice in the action URL', () => {
    const xml = describeResponse(2);
    expect(xml).toContain('<Gather input="speech" language="nb-NO" action="/voice/describe?choice=2" method="POST" speechTimeout="auto"');
    expect(xml).toContain('Si kort hva det gjelder');
  });

  it('says you are being connected before enqueueing in the decided queue', () => {
    const xml = enqueueResponse('second-line');
    expect(xml.indexOf('<Say language="nb-NO">Du blir nå satt over')).toBeGreaterThan(0);
    expect(xml.indexOf('<Enqueue>second-line</Enqueue>')).toBeGreaterThan(xml.indexOf('<Say'));
  });

  it('dials an agency, or explains and enqueues first-line when it has no number', () => {
    expect(dialAgencyResponse('+4780080000')).toMatch(/<Say[^>]*>[^<]*etaten[^<]*<\/Say><Dial timeout="30">\+4780080000<\/Dial>/);
    const none = agencyWithoutNumberResponse();
    expect(none).toContain('ikke et nummer');
    expect(none).toContain('<Enqueue>first-line</Enqueue>');
  });

  it('says when it opens again and offers a callback, then a voicemail that is transcribed', () => {
    const xml = closedResponse(new Date('2025-01-20T07:00:00Z'));
    expect(xml).toContain('Vi åpner igjen mandag 20. januar klokken 08:00.');
    expect(xml).toContain('<Gather input="dtmf" numDigits="1" action="/voice/callback" method="POST"');
    expect(xml).toContain('Trykk 1 hvis du vil at vi ringer deg tilbake.');
    expect(xml).toMatch(/<Record [^>]*transcribe="true" transcribeCallback="\/voice\/transcription" action="\/voice\/goodbye"/);
  });

  it('tells a caller at a closed hour of the known incidents before when it opens again', () => {
    const xml = closedResponse(new Date('2025-01-20T07:00:00Z'), 'Vi kjenner til et problem i portalen: Innlogging feiler.');
    expect(xml.indexOf('Innlogging feiler')).toBeGreaterThan(xml.indexOf('Brukerstøtten er stengt nå'));
    expect(xml.indexOf('Innlogging feiler')).toBeLessThan(xml.indexOf('Vi åpner igjen'));
    expect(closedResponse(new Date('2025-01-20T07:00:00Z'))).not.toContain('problem');
  });

  it('hangs up politely on a number that is not ours', () => {
    expect(notOurNumberResponse()).toMatch(/<Say language="nb-NO">Beklager[^<]*<\/Say><Hangup\/><\/Response>$/);
  });

  it('reads times aloud in Oslo time, also in summer', () => {
    expect(spokenTime(new Date('2025-06-02T06:00:00Z'))).toBe('mandag 2. juni klokken 08:00');
  });
});

describe('the IVR menu', () => {
  it('takes the key first, then what was said, and "other" when neither fits', () => {
    expect(menuChoiceOf('1', undefined)).toBe(1);
    expect(menuChoiceOf('3#', 'to')).toBe(3);
    expect(menuChoiceOf(undefined, 'To.')).toBe(2);
    expect(menuChoiceOf(undefined, 'Det gjelder roller')).toBe(3);
    expect(menuChoiceOf('9', undefined)).toBe(4);
    expect(menuChoiceOf(undefined, undefined)).toBe(4);
  });

  it('writes the choice and the lower-cased words the way transcripts look in the data', () => {
    expect(ivrInquiryBody(2, 'Når jeg laster opp  vedlegg\nkommer det en feil')).toBe(
      'IVR: 2 skjema og innsending. Innringer: når jeg laster opp vedlegg kommer det en feil',
    );
    expect(ivrInquiryBody(4, '  ')).toBe('IVR: 4 annet. Innringer sa ikke noe.');
  });
});

// The development Phone page and `npm run demo` play the caller from these answers, read by libs/twiml.
describe('every answer of the IVR, read as a caller meets it', () => {
  it('the menu waits for a key or words, the description for words, each going on when the caller says nothing', () => {
    expect(readCallTurn(menuResponse())).toMatchObject({
      waitsFor: { verb: 'gather', action: '/voice/menu', input: ['dtmf', 'speech'], numDigits: 1 },
      onSilence: { then: { verb: 'redirect', action: '/voice/menu' } },
    });
    expect(readCallTurn(describeResponse(2))).toMatchObject({
      waitsFor: { verb: 'gather', action: '/voice/describe?choice=2', input: ['speech'] },
      onSilence: { then: { verb: 'redirect', action: '/voice/describe?choice=2' } },
    });
  });

  it('closed: the call-back offer by key 1, else a voicemail that is transcribed', () => {
    const turn = readCallTurn(closedResponse(new Date('2026-12-07T07:00:00Z')));
    expect(turn.heard.join(' ')).toContain('Vi åpner igjen mandag 7. desember klokken 08:00.');
    expect(turn.waitsFor).toMatchObject({ verb: 'gather', action: '/voice/callback', input: ['dtmf'], numDigits: 1 });
    expect(turn.onSilence?.then).toMatchObject({ verb: 'record', action: '/voice/goodbye', transcribeCallback: '/voice/transcription' });
    expect(readCallTurn(voicemailResponse()).waitsFor).toMatchObject({ verb: 'record', action: '/voice/goodbye' });
  });

  it('where a call ends: a queue, an agency, or hung up after a goodbye', () => {
    expect(readCallTurn(enqueueResponse('second-line')).ends).toEqual({ verb: 'enqueue', queue: 'second-line' });
    expect(readCallTurn(agencyWithoutNumberResponse()).ends).toEqual({ verb: 'enqueue', queue: 'first-line' });
    expect(readCallTurn(dialAgencyResponse('+4780080000')).ends).toEqual({ verb: 'dial', number: '+4780080000' });
    for (const xml of [callbackRecordedResponse(), goodbyeResponse(), notOurNumberResponse()])
      expect(readCallTurn(xml)).toMatchObject({ waitsFor: null, ends: { verb: 'hangup' } });
    expect(readCallTurn(emptyResponse())).toMatchObject({ verbs: [], heard: [], ends: null });
  });
});
