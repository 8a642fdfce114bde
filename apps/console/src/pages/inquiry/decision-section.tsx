import { Decision } from '../../api/types';
import { Fact, Facts } from '../../components/facts';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useTargetLabel } from '../../components/target-label';
import { ReasonList } from './reason-list';

/** The routing decision and the reasons it gives. */
export function DecisionSection({ decision }: { decision: Decision | null }) {
  const { t, label, formatPercent } = useI18n();
  const targetLabel = useTargetLabel();
  return (
    <Section id="decision" title={t('inquiry.decision')}>
      {!decision ? (
        <p>{t('inquiry.noDecision')}</p>
      ) : (
        <>
          <Facts>
            <Fact term={t('inquiry.target')} testId="decision-target">
              {targetLabel(decision.target)}
            </Fact>
            <Fact term={t('kind.label')}>{label('kind', decision.kind)}</Fact>
            <Fact term={t('inquiry.category')}>{label('category', decision.category)}</Fact>
            {decision.agency && <Fact term={t('inquiry.agency')}>{decision.agency}</Fact>}
            {decision.caseType && <Fact term={t('inquiry.caseType')}>{label('actions.caseTypes', decision.caseType)}</Fact>}
            <Fact term={t('inquiry.confidence')}>{formatPercent(decision.confidence)}</Fact>
            <Fact term={t('inquiry.policyVersion')}>{decision.policyVersion}</Fact>
          </Facts>
          <h3 id="reasons-heading">{t('inquiry.reasons')}</h3>
          <ReasonList decision={decision} labelledBy="reasons-heading" />
        </>
      )}
    </Section>
  );
}
