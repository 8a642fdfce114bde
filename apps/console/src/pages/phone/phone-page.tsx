import { Notice, Page } from '../../components/page';
import { useAction } from '../../api/use-action';
import { failureOf } from '../../api/use-resource';
import { useI18n } from '../../i18n/i18n';
import { CallLog } from './call-log';
import { CallOutcome } from './call-outcome';
import { CallSection } from './call-section';
import { PlaceCallForm } from './place-call-form';
import { usePhoneCall } from './use-phone-call';

/**
 * The development Phone page: a call to the support or the service desk through the phone menu,
 * as the telephony provider would make it (the workdesk signs each webhook), with what is heard,
 * the keys and words given, the TwiML answered, and where the call went. Outside production only.
 */
export function PhonePage() {
  const { t } = useI18n();
  const phone = usePhoneCall();
  const action = useAction();

  if (phone.unavailable) {
    return (
      <Page title={t('phone.title')}>
        <Notice kind="error">{t('phone.unavailable')}</Notice>
      </Page>
    );
  }
  const { call } = phone;
  const run = (work: () => Promise<void>) => void action.run(work);
  return (
    <Page title={t('phone.title')}>
      <p>{t('phone.intro')}</p>
      <Notice kind="error">{phone.notConfigured && t('phone.notConfigured', { reason: phone.notConfigured })}</Notice>
      <Notice kind="error">{failureOf(phone.loadError)}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <div className="columns">
        <div className="column-main">
          <CallSection
            call={call}
            busy={action.busy}
            actions={{
              press: (digits) => run(() => phone.press(digits)),
              say: (speech) => run(() => phone.say(speech)),
              silence: () => run(() => phone.silence()),
              leaveVoicemail: (text) => run(() => phone.leaveVoicemail(text)),
              hangUp: phone.hangUp,
            }}
          />
          {call?.phase.kind === 'ended' && <CallOutcome key={call.callSid} phase={call.phase} />}
        </div>
        <div className="column-side">
          <PlaceCallForm
            lines={phone.lines}
            busy={action.busy}
            again={call !== null}
            onPlace={(line, from) => run(() => phone.place(line, from))}
          />
        </div>
      </div>
      <CallLog log={call?.log ?? []} />
    </Page>
  );
}
