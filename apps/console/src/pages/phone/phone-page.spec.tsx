import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallTurn, DevelopmentPhoneView, PhoneCallStepView, TwimlVerb } from '@inquiry-router/contracts/views';
import type { InquiryView } from '../../api/types';
import type { Locale } from '../../i18n/catalogue';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, workdeskDouble } from '../../testing/console-under-test';
import { queuedInFirstLine } from '../../testing/inquiry-views';
import { PhonePage } from './phone-page';

const callSid = `CA${'a1'.repeat(16)}`;
const inquiryId = 'IR-PHONE2TEST9';
const tool: DevelopmentPhoneView = {
  lines: [
    { line: 'support', number: '+4775006000' },
    { line: 'service-desk', number: '+4775006099' },
  ],
  notConfigured: null,
};

/** The turns the phone adapter's TwiML reads as (libs/twiml readCallTurn), for the answers below. */
const menuGather: Extract<TwimlVerb, { verb: 'gather' }> = {
  verb: 'gather',
  action: '/voice/menu',
  input: ['dtmf', 'speech'],
  numDigits: 1,
  said: ['Velkommen til brukerstøtten.', 'Gjelder det innlogging, trykk 1.'],
};
const turns = {
  menu: {
    verbs: [menuGather, { verb: 'redirect', action: '/voice/menu' }],
    heard: [...menuGather.said],
    waitsFor: menuGather,
    onSilence: { heard: [], then: { verb: 'redirect', action: '/voice/menu' } },
    ends: null,
  },
  describe: {
    verbs: [],
    heard: ['Du valgte innlogging. Si kort hva det gjelder.'],
    waitsFor: { verb: 'gather', action: '/voice/describe?choice=1', input: ['speech'], numDigits: null, said: [] },
    onSilence: { heard: [], then: { verb: 'redirect', action: '/voice/describe?choice=1' } },
    ends: null,
  },
  enqueued: {
    verbs: [],
    heard: ['Du blir nå satt over til en rådgiver. Vent litt.'],
    waitsFor: null,
    onSilence: null,
    ends: { verb: 'enqueue', queue: 'first-line' },
  },
  closed: {
    verbs: [],
    heard: ['Brukerstøtten er stengt nå.', 'Trykk 1 hvis du vil at vi ringer deg tilbake.'],
    waitsFor: { verb: 'gather', action: '/voice/callback', input: ['dtmf'], numDigits: 1, said: [] },
    onSilence: {
      heard: ['Legg igjen en kort beskjed etter tonen, og avslutt med firkant.'],
      then: { verb: 'record', action: '/voice/goodbye', transcribeCallback: '/voice/transcription', finishOnKey: '#', maxLength: 120 },
    },
    ends: null,
  },
  goodbye: { verbs: [], heard: ['Takk for beskjeden. Ha det bra.'], waitsFor: null, onSilence: null, ends: { verb: 'hangup' } },
} satisfies Record<string, CallTurn>;

const stepOf = (turn: CallTurn, path: string, fields: Record<string, string> = {}, made: string | null = null): PhoneCallStepView => ({
  callSid,
  line: 'support',
  to: '+4775006000',
  posted: [{ path, fields, status: 200 }],
  twiml: `<?xml version="1.0" encoding="UTF-8"?><Response><!-- ${path} --></Response>`,
  turn,
  inquiryId: made,
});

const routed: InquiryView = queuedInFirstLine(
  {
    id: inquiryId,
    channel: 'phone',
    receivedAt: '2026-12-07T09:00:00.000Z',
    from: {},
    to: '+4775006000',
    body: 'IVR: 1',
    attachments: [],
  },
  {
    target: 'first-line',
    kind: 'technical',
    category: 'login',
    agency: null,
    caseType: null,
    confidence: 0.9,
    reasons: ['Category login: logget inn.'],
    policyVersion: '1',
    decidedAt: '2026-12-07T09:00:01.000Z',
  },
);

/** The workdesk as the page meets it: `open` decides whether the adapter answers with the menu or the closed message. */
function workdesk(options: { open: boolean; offered?: boolean }) {
  const { fetch, calls } = workdeskDouble((call) => {
    const { url } = call;
    const body = call.body as Record<string, unknown> | undefined;
    if (options.offered === false) return answerJson({ message: 'Cannot GET' }, 404);
    if (url === '/api/development/phone') return answerJson(tool);
    if (url === '/api/development/phone/calls') return answerJson(stepOf(options.open ? turns.menu : turns.closed, '/voice/incoming'), 201);
    if (url === `/api/development/phone/calls/${callSid}/answer` && body) {
      if (body.action === '/voice/menu') return answerJson(stepOf(turns.describe, '/voice/menu', { Digits: String(body.digits) }));
      if (body.action === '/voice/describe?choice=1') return answerJson(stepOf(turns.enqueued, '/voice/describe?choice=1', {}, inquiryId));
      if (body.action === '/voice/goodbye') return answerJson(stepOf(turns.goodbye, '/voice/goodbye', {}, 'IR-VOICEMAIL22'));
    }
    if (url === `/api/inquiries/${inquiryId}`) return answerJson(routed);
    return notHere();
  });
  return { fetch, sent: calls };
}

const renderPage = (locale: Locale = 'nb') => renderInConsole(<PhonePage />, { locale });

const callRegion = () => screen.getByRole('region', { name: /^(samtalen|the call)$/i });
const heard = () =>
  within(callRegion())
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('PhonePage', () => {
  beforeEach(() => signIn('supervisor', ['supervisor']));
  afterEach(resetConsole);

  it('places a call, presses 1 on the keypad, says what it is about, and shows the queue, the inquiry and its decision', async () => {
    const api = workdesk({ open: true });
    vi.stubGlobal('fetch', api.fetch);
    renderPage('nb');
    const line = await screen.findByLabelText('Nummer');
    await screen.findByRole('option', { name: 'Servicedesken (+4775006099)' });
    expect(line).toHaveProperty('value', 'support');
    fireEvent.click(screen.getByRole('button', { name: 'Ring' }));

    await screen.findByRole('button', { name: 'Tast 1' });
    expect(heard()).toEqual(['Velkommen til brukerstøtten.', 'Gjelder det innlogging, trykk 1.']);
    expect(api.sent.find((s) => s.url === '/api/development/phone/calls')?.body).toEqual({ to: 'support' });
    // The menu also takes words, and silence.
    expect(screen.getByLabelText('Det du sier')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Si ingenting' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tast 1' }));
    await within(callRegion()).findByText('Du valgte innlogging. Si kort hva det gjelder.');
    expect(api.sent.at(-1)).toMatchObject({
      url: `/api/development/phone/calls/${callSid}/answer`,
      body: { action: '/voice/menu', digits: '1' },
    });
    // Words only now: no keypad.
    expect(screen.queryByRole('button', { name: 'Tast 1' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Det du sier'), { target: { value: 'Jeg får ikke logget inn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Si det' }));
    const outcome = await screen.findByRole('region', { name: 'Hvor samtalen endte' });
    expect(within(outcome).getByText('Satt i kø: Førstelinje')).toBeTruthy();
    expect(
      within(outcome)
        .getByRole('link', { name: `Åpne henvendelse ${inquiryId}` })
        .getAttribute('href'),
    ).toBe(`/inquiries/${inquiryId}`);
    // The last answer to the call, whether or not the page has asked for the inquiry yet.
    const answers = api.sent.filter((s) => s.url === `/api/development/phone/calls/${callSid}/answer`);
    expect(answers.at(-1)?.body).toEqual({ action: '/voice/describe?choice=1', speech: 'Jeg får ikke logget inn' });
    expect(await screen.findByTestId('decision-target')).toHaveProperty('textContent', 'Førstelinje');

    // The log tells each step, with the TwiML in a disclosure.
    const log = screen.getByRole('region', { name: 'Logg' });
    expect(within(log).getByText('Ringte +4775006000')).toBeTruthy();
    expect(within(log).getByText('Trykket 1')).toBeTruthy();
    expect(within(log).getByText('Sa «Jeg får ikke logget inn»')).toBeTruthy();
    expect(
      within(log)
        .getAllByText(/^TwiML-svaret/)
        .map((s) => s.textContent),
    ).toEqual(['TwiML-svaret (/voice/incoming)', 'TwiML-svaret (/voice/menu)', 'TwiML-svaret (/voice/describe?choice=1)']);
  });

  it('at a closed hour, says nothing to the call-back offer and leaves a voicemail where the TwiML records', async () => {
    const api = workdesk({ open: false });
    vi.stubGlobal('fetch', api.fetch);
    renderPage('en');
    fireEvent.change(await screen.findByLabelText('Call from (optional)'), { target: { value: '+4791234567' } });
    await screen.findByRole('option', { name: 'The support (+4775006000)' });
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    await screen.findByRole('button', { name: 'Key 1' });
    expect(api.sent.find((s) => s.url === '/api/development/phone/calls')?.body).toEqual({ to: 'support', from: '+4791234567' });
    // Keys only: no field for words.
    expect(screen.queryByLabelText('What you say')).toBeNull();

    const posted = api.sent.length;
    fireEvent.click(screen.getByRole('button', { name: 'Say nothing' }));
    const voicemail = await screen.findByLabelText('Your voicemail');
    // Silence went on within the same TwiML: nothing was posted.
    expect(api.sent.length).toBe(posted);
    expect(heard()).toEqual(['Legg igjen en kort beskjed etter tonen, og avslutt med firkant.']);

    fireEvent.change(voicemail, { target: { value: 'Ring meg i morgen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Leave the message' }));
    const outcome = await screen.findByRole('region', { name: 'Where the call went' });
    expect(within(outcome).getByText('The phone menu hung up.')).toBeTruthy();
    expect(within(outcome).getByRole('link', { name: 'Open inquiry IR-VOICEMAIL22' })).toBeTruthy();
    expect(api.sent.find((s) => s.url.endsWith('/answer'))?.body).toEqual({
      action: '/voice/goodbye',
      recording: { transcription: 'Ring meg i morgen', transcribeCallback: '/voice/transcription' },
    });
  });

  it('hangs up when asked, with no inquiry', async () => {
    vi.stubGlobal('fetch', workdesk({ open: true }).fetch);
    renderPage('nn');
    await screen.findByRole('option', { name: 'Brukarstøtta (+4775006000)' });
    fireEvent.click(screen.getByRole('button', { name: 'Ring' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Legg på' }));
    const outcome = await screen.findByRole('region', { name: 'Kvar samtalen enda' });
    expect(within(outcome).getByText('Du la på.')).toBeTruthy();
    expect(within(outcome).getByText('Samtalen vart ikkje til noka henvending.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ring på nytt' })).toBeTruthy();
  });

  it('says the page is not there when the workdesk offers no Phone tool (production)', async () => {
    vi.stubGlobal('fetch', workdesk({ open: true, offered: false }).fetch);
    renderPage('en');
    expect((await screen.findByRole('alert')).textContent).toBe('There is no Phone page here: it exists outside production only.');
    expect(screen.queryByRole('button', { name: 'Call' })).toBeNull();
  });
});
