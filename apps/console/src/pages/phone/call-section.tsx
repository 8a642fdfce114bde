import { FormEvent, useEffect, useRef, useState } from 'react';
import { Field, hintId } from '../../components/fields';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Keypad } from './keypad';
import type { PhoneCall } from './use-phone-call';

export interface CallActions {
  press: (digits: string) => void;
  say: (speech: string) => void;
  silence: () => void;
  leaveVoicemail: (transcription: string) => void;
  hangUp: () => void;
}

/**
 * The call as the caller meets it: what they hear now, and what they can do: press keys or say
 * something where the menu gathers them, say nothing, leave a voicemail where it records, hang up.
 * Each new turn takes the focus to what is heard, so a screen reader reads it and Tab goes on to the answers.
 */
export function CallSection({ call, busy, actions }: { call: PhoneCall | null; busy: boolean; actions: CallActions }) {
  const { t } = useI18n();
  const heardHeading = useRef<HTMLHeadingElement>(null);
  const turns = call?.log.length ?? 0;
  useEffect(() => {
    if (turns > 0) heardHeading.current?.focus();
  }, [turns]);

  if (!call) {
    return (
      <Section id="call" title={t('phone.call.title')}>
        <p>{t('phone.call.none')}</p>
      </Section>
    );
  }
  const heard = call.log[call.log.length - 1]?.heard ?? [];
  const { phase } = call;
  return (
    <Section id="call" title={t('phone.call.title')}>
      <p className="hint">{t('phone.call.calling', { number: call.to })}</p>
      <h3 id="call-heard-heading" ref={heardHeading} tabIndex={-1}>
        {t('phone.call.heard')}
      </h3>
      {heard.length === 0 ? (
        <p>{t('phone.call.nothingHeard')}</p>
      ) : (
        <ul aria-labelledby="call-heard-heading" className="call-heard" lang="nb">
          {heard.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      {phase.kind === 'gather' && (
        <>
          {phase.gather.input.includes('dtmf') && (
            <Keypad key={`keypad-${turns}`} numDigits={phase.gather.numDigits} busy={busy} onDigits={actions.press} />
          )}
          {phase.gather.input.includes('speech') && <SpeechForm key={`speech-${turns}`} busy={busy} onSay={actions.say} />}
          <div className="action-buttons">
            <button type="button" className="secondary" disabled={busy} aria-describedby="call-silence-hint" onClick={actions.silence}>
              {t('phone.call.silence')}
            </button>
            <button type="button" className="secondary" onClick={actions.hangUp}>
              {t('phone.call.hangUp')}
            </button>
          </div>
          <p id="call-silence-hint" className="hint">
            {t('phone.call.silenceHint')}
          </p>
        </>
      )}
      {phase.kind === 'record' && <VoicemailForm key={turns} busy={busy} onLeave={actions.leaveVoicemail} onHangUp={actions.hangUp} />}
    </Section>
  );
}

function SpeechForm({ busy, onSay }: { busy: boolean; onSay: (speech: string) => void }) {
  const { t } = useI18n();
  const [speech, setSpeech] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (speech.trim()) onSay(speech.trim());
  };
  return (
    <form onSubmit={submit} className="action-form">
      <Field id="call-speech" label={t('phone.call.speech')}>
        <input id="call-speech" type="text" lang="nb" autoComplete="off" value={speech} onChange={(e) => setSpeech(e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={busy || !speech.trim()}>
        {t('phone.call.say')}
      </button>
    </form>
  );
}

function VoicemailForm({ busy, onLeave, onHangUp }: { busy: boolean; onLeave: (transcription: string) => void; onHangUp: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (message.trim()) onLeave(message.trim());
  };
  return (
    <form onSubmit={submit} className="action-form">
      <Field id="call-voicemail" label={t('phone.call.voicemail')} hint={t('phone.call.voicemailHint')}>
        <textarea
          id="call-voicemail"
          rows={4}
          lang="nb"
          value={message}
          aria-describedby={hintId('call-voicemail')}
          onChange={(e) => setMessage(e.target.value)}
        />
      </Field>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy || !message.trim()}>
          {t('phone.call.leaveVoicemail')}
        </button>
        <button type="button" className="secondary" onClick={onHangUp}>
          {t('phone.call.hangUp')}
        </button>
      </div>
    </form>
  );
}
