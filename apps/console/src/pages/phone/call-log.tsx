import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { readableTwiml } from './readable-twiml';
import type { CallerAction, CallLogEntry } from './use-phone-call';

/** Every step of the call in order: what the caller did, what they heard, what was posted and the TwiML it was answered with. */
export function CallLog({ log }: { log: CallLogEntry[] }) {
  const { t } = useI18n();
  const did = (action: CallerAction): string => {
    switch (action.kind) {
      case 'dialled':
        return t('phone.log.dialled', { number: action.number });
      case 'pressed':
        return t('phone.log.pressed', { digits: action.digits });
      case 'said':
        return t('phone.log.said', { speech: action.speech });
      case 'silent':
        return t('phone.log.silent');
      case 'voicemail':
        return t('phone.log.voicemail');
      case 'followed':
        return t('phone.log.followed');
      case 'hungUp':
        return t('phone.log.hungUp');
    }
  };
  return (
    <Section id="call-log" title={t('phone.log.title')}>
      {log.length === 0 ? (
        <p>{t('phone.log.empty')}</p>
      ) : (
        <ol className="call-log">
          {log.map((entry, i) => (
            <li key={i}>
              <p className="call-log-did">{did(entry.did)}</p>
              {entry.heard.length > 0 && (
                <ul className="call-heard" lang="nb">
                  {entry.heard.map((text, j) => (
                    <li key={j}>{text}</li>
                  ))}
                </ul>
              )}
              {entry.step && (
                <>
                  <p className="hint">
                    {t('phone.log.posted')}:{' '}
                    {entry.step.posted.map((p, j) => (
                      <span key={j}>
                        {j > 0 && ', '}
                        <code>
                          POST {p.path} → {p.status}
                        </code>
                        {Object.keys(p.fields).length > 0 &&
                          ` (${t('phone.log.fields', {
                            fields: Object.entries(p.fields)
                              .map(([name, value]) => `${name}=${value}`)
                              .join(', '),
                          })})`}
                      </span>
                    ))}
                  </p>
                  <details>
                    <summary>{t('phone.log.twiml', { path: entry.step.posted[0].path })}</summary>
                    <pre className="twiml" tabIndex={0}>
                      {readableTwiml(entry.step.twiml)}
                    </pre>
                  </details>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
