import { readCallTurn, UnreadableTwiml } from './call-turn';

const prolog = '<?xml version="1.0" encoding="UTF-8"?>';

describe('readCallTurn', () => {
  it('reads a closed answer: heard in order, the call-back offer waits for a key, silence leads to a voicemail', () => {
    const turn = readCallTurn(
      `${prolog}<Response><Say language="nb-NO">Brukerstøtten er stengt nå.</Say>` +
        '<Gather input="dtmf" numDigits="1" action="/voice/callback" method="POST" timeout="6"><Say language="nb-NO">Trykk 1 hvis du vil at vi ringer deg tilbake.</Say></Gather>' +
        '<Say language="nb-NO">Legg igjen en kort beskjed etter tonen, og avslutt med firkant.</Say>' +
        '<Record maxLength="120" finishOnKey="#" playBeep="true" transcribe="true" transcribeCallback="/voice/transcription" action="/voice/goodbye" method="POST"/></Response>',
    );
    expect(turn.heard).toEqual(['Brukerstøtten er stengt nå.', 'Trykk 1 hvis du vil at vi ringer deg tilbake.']);
    expect(turn.waitsFor).toEqual({
      verb: 'gather',
      action: '/voice/callback',
      input: ['dtmf'],
      numDigits: 1,
      said: ['Trykk 1 hvis du vil at vi ringer deg tilbake.'],
    });
    expect(turn.onSilence).toEqual({
      heard: ['Legg igjen en kort beskjed etter tonen, og avslutt med firkant.'],
      then: { verb: 'record', action: '/voice/goodbye', transcribeCallback: '/voice/transcription', finishOnKey: '#', maxLength: 120 },
    });
    expect(turn.ends).toBeNull();
  });

  it('reads a menu that takes keys or speech, and goes on when the caller says nothing', () => {
    const turn = readCallTurn(
      `${prolog}<Response><Gather input="dtmf speech" language="nb-NO" action="/voice/menu" method="POST" numDigits="1" timeout="6">` +
        '<Say language="nb-NO">Velkommen.</Say><Say language="nb-NO">Innlogging, trykk 1.</Say></Gather><Redirect method="POST">/voice/menu</Redirect></Response>',
    );
    expect(turn.heard).toEqual(['Velkommen.', 'Innlogging, trykk 1.']);
    expect(turn.waitsFor).toMatchObject({ verb: 'gather', input: ['dtmf', 'speech'], numDigits: 1, action: '/voice/menu' });
    expect(turn.onSilence).toEqual({ heard: [], then: { verb: 'redirect', action: '/voice/menu' } });
  });

  it('reads where the call goes: a queue, with the text unescaped', () => {
    const turn = readCallTurn(
      `${prolog}<Response><Say language="nb-NO">Vent litt &amp; &lt;ok&gt;.</Say><Enqueue>first-line</Enqueue></Response>`,
    );
    expect(turn).toMatchObject({
      heard: ['Vent litt & <ok>.'],
      waitsFor: null,
      onSilence: null,
      ends: { verb: 'enqueue', queue: 'first-line' },
    });
  });

  it('reads a transfer and a hang-up', () => {
    expect(readCallTurn('<Response><Say>Over til etaten.</Say><Dial timeout="30">+4722077000</Dial></Response>').ends).toEqual({
      verb: 'dial',
      number: '+4722077000',
    });
    expect(readCallTurn('<Response><Say>Ha det bra.</Say><Hangup/></Response>')).toMatchObject({
      heard: ['Ha det bra.'],
      ends: { verb: 'hangup' },
    });
  });

  it('refuses what is not a TwiML response, saying why', () => {
    expect(() => readCallTurn('{"not":"xml"}')).toThrow(UnreadableTwiml);
    expect(() => readCallTurn('<html><body>502 Bad Gateway</body></html>')).toThrow('not a TwiML <Response>');
    expect(() => readCallTurn('<Response><Play>https://x/y.mp3</Play></Response>')).toThrow('<Play> is not a verb this reader knows');
  });
});
