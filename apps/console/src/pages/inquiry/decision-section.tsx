import { Decision } from '../../api/types';
import { Fact, Facts } from '../../components/facts';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** The routing decision and the reasons it gives. */
export function DecisionSection({ decision }: { decision: Decision | null }) {
  const { t, label, formatPercent } = useI18n();
  return (
    <Section id="decision" title={t('inquiry.decision')}>
      {!decision ? (
        <p>{t('inquiry.noDecision')}</p>
      ) : (
        <>
          <Facts>
            <Fact term={t('inquiry.target')} testId="decision-target">
              {label('queue', decision.target)}
            </Fact>
            <Fact term={t('inquiry.category')}>{decision.category ?? '–'}</Fact>
            {decision.agency && <Fact term={t('inquiry.agency')}>{decision.agency}</Fact>}
            {decision.caseType && <Fact term={t('inquiry.caseType')}>{decision.caseType}</Fact>}
            <Fact term={t('inquiry.confidence')}>{formatPercent(decision.confidence)}</Fact>
            <Fact term={t('inquiry.policyVersion')}>{decision.policyVersion}</Fact>
          </Facts>
          <h3 id="reasons-heading">{t('inquiry.reasons')}</h3>
          <ul aria-labelledby="reasons-heading" className="reasons">
            {decision.reasons.map((r, n) => (
              <li key={n}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
