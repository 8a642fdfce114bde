import { twiml } from 'twilio';
import { DateTime } from 'luxon';
import { type QueueName, SupportTimeZone } from '@inquiry-router/contracts';
import { MenuChoice, MenuChoices } from './ivr-menu';

/**
 * Every TwiML document the IVR answers with, built with the twilio package (it escapes what we
 * put in). Norwegian prompts read by Twilio's nb-NO voice; paths are relative to the webhook URL.
 */
const say = { language: 'nb-NO' } as const;
type Voice = twiml.VoiceResponse;

function respond(build: (r: Voice) => void): string {
  const response = new twiml.VoiceResponse();
  build(response);
  return response.toString();
}

export const VoicePaths = {
  incoming: '/voice/incoming',
  menu: '/voice/menu',
  describe: '/voice/describe',
  callback: '/voice/callback',
  transcription: '/voice/transcription',
  goodbye: '/voice/goodbye',
} as const;

/**
 * The menu; with `knownIncidents` (what `incidentsSpoken` says of the incidents in force), the
 * caller hears first that the problem is known and where to follow it, before the choices.
 */
export function menuResponse(knownIncidents = ''): string {
  return respond((r) => {
    const gather = r.gather({
      input: ['dtmf', 'speech'],
      language: 'nb-NO',
      action: VoicePaths.menu,
      method: 'POST',
      numDigits: 1,
      timeout: 6,
    });
    gather.say(say, 'Velkommen til brukerstøtten.');
    if (knownIncidents) gather.say(say, knownIncidents);
    gather.say(say, 'Gjelder det innlogging, trykk 1. Skjema og innsending, trykk 2. Roller og rettigheter, trykk 3. Noe annet, trykk 4.');
    // No answer: on as "other" rather than round the menu again.
    r.redirect({ method: 'POST' }, VoicePaths.menu);
  });
}

export function describeResponse(choice: MenuChoice): string {
  const action = `${VoicePaths.describe}?choice=${choice}`;
  return respond((r) => {
    const gather = r.gather({ input: ['speech'], language: 'nb-NO', action, method: 'POST', speechTimeout: 'auto', timeout: 5 });
    gather.say(say, `Du valgte ${MenuChoices[choice]}. Si kort hva det gjelder.`);
    r.redirect({ method: 'POST' }, action);
  });
}

export function enqueueResponse(queue: QueueName, note?: string): string {
  return respond((r) => {
    if (note) r.say(say, note);
    r.say(say, 'Du blir nå satt over til en rådgiver. Vent litt.');
    r.enqueue({}, queue);
  });
}

export function dialAgencyResponse(number: string): string {
  return respond((r) => {
    r.say(say, 'Spørsmålet ditt gjelder fagområdet til etaten som eier tjenesten. Du blir nå satt over til deres brukerstøtte.');
    r.dial({ timeout: 30 }, number);
  });
}

export function agencyWithoutNumberResponse(): string {
  return enqueueResponse(
    'first-line',
    'Spørsmålet ditt gjelder fagområdet til etaten som eier tjenesten, men vi har ikke et nummer vi kan sette deg over til. En rådgiver hos oss hjelper deg videre.',
  );
}

const weekdays = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "mandag 20. januar klokken 08:00", Oslo time. */
export function spokenTime(at: Date, zone = SupportTimeZone): string {
  const t = DateTime.fromJSDate(at, { zone }).setLocale('nb');
  return `${weekdays[t.weekday - 1]} ${t.day}. ${t.toFormat('LLLL')} klokken ${t.toFormat('HH:mm')}`;
}

function leaveMessage(r: Voice): void {
  r.say(say, 'Legg igjen en kort beskjed etter tonen, og avslutt med firkant.');
  r.record({
    maxLength: 120,
    finishOnKey: '#',
    playBeep: true,
    transcribe: true,
    transcribeCallback: VoicePaths.transcription,
    action: VoicePaths.goodbye,
    method: 'POST',
  });
}

/** Closed: when we open again, and a callback offer; with `knownIncidents`, those first (a caller may need no callback). */
export function closedResponse(nextOpening: Date | null, knownIncidents = ''): string {
  return respond((r) => {
    r.say(say, 'Brukerstøtten er stengt nå. Vi har åpent hverdager fra klokken 08:00 til 15:30.');
    if (knownIncidents) r.say(say, knownIncidents);
    if (nextOpening) r.say(say, `Vi åpner igjen ${spokenTime(nextOpening)}.`);
    const gather = r.gather({ input: ['dtmf'], numDigits: 1, action: VoicePaths.callback, method: 'POST', timeout: 6 });
    gather.say(say, 'Trykk 1 hvis du vil at vi ringer deg tilbake.');
    leaveMessage(r);
  });
}

export function callbackRecordedResponse(): string {
  return respond((r) => {
    r.say(say, 'Takk. Vi ringer deg tilbake på nummeret du ringer fra når vi har åpnet igjen. Ha det bra.');
    r.hangup();
  });
}

/** No callable number (hidden), or no callback wanted: a voicemail instead. */
export function voicemailResponse(reason?: string): string {
  return respond((r) => {
    if (reason) r.say(say, reason);
    leaveMessage(r);
  });
}

export function goodbyeResponse(): string {
  return respond((r) => {
    r.say(say, 'Takk for beskjeden. Ha det bra.');
    r.hangup();
  });
}

export function notOurNumberResponse(): string {
  return respond((r) => {
    r.say(say, 'Beklager, dette nummeret hører ikke til brukerstøtten. Ha det bra.');
    r.hangup();
  });
}

/** For callbacks Twilio only needs acknowledged (transcriptions). */
export function emptyResponse(): string {
  return respond(() => undefined);
}
