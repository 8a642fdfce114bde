import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';
import { DecisionSection } from '../inquiry/decision-section';
import { useCallInquiry, type CallPhase } from './use-phone-call';

/** Where an ended call went (a queue, a transfer, hung up), and the inquiry it made with its routing decision. */
export function CallOutcome({ phase }: { phase: Extract<CallPhase, { kind: 'ended' }> }) {
  const { t, label } = useI18n();
  const inquiry = useCallInquiry(phase.inquiryId);
  const { ends } = phase;
  const where =
    ends.verb === 'enqueue'
      ? t('phone.outcome.enqueue', { queue: label('queue', ends.queue) })
      : ends.verb === 'dial'
        ? t('phone.outcome.dial', { number: ends.number })
        : ends.verb === 'hangup'
          ? t('phone.outcome.hangup')
          : t('phone.outcome.hungUp');
  return (
    <>
      <Section id="call-outcome" title={t('phone.outcome.title')}>
        <p className="call-where">{where}</p>
        <h3>{t('phone.outcome.inquiry')}</h3>
        {phase.inquiryId ? (
          <>
            <p>
              <Link to={inquiryPath(phase.inquiryId)}>{t('phone.outcome.open', { id: phase.inquiryId })}</Link>
            </p>
            {!inquiry?.decision && <p role="status">{t('phone.outcome.waitingForDecision')}</p>}
          </>
        ) : (
          <p>{t('phone.outcome.noInquiry')}</p>
        )}
      </Section>
      {inquiry?.decision && <DecisionSection decision={inquiry.decision} />}
    </>
  );
}
