import { Decision } from '../../api/types';
import { Fact, Facts } from '../../components/facts';
import { Section } from '../../components/page';
import { formatPercent } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

/** The routing decision and the reasons it gives. */
export function DecisionSection({ decision }: { decision: Decision | null }) {
  const { m, locale } = useI18n();
  return (
    <Section id="decision" title={m.inquiry.decision}>
      {!decision ? (
        <p>{m.inquiry.noDecision}</p>
      ) : (
        <>
          <Facts>
            <Fact term={m.inquiry.target} testId="decision-target">
              {label(m.queue, decision.target)}
            </Fact>
            <Fact term={m.inquiry.category}>{decision.category ?? '–'}</Fact>
            {decision.agency && <Fact term={m.inquiry.agency}>{decision.agency}</Fact>}
            {decision.caseType && <Fact term={m.inquiry.caseType}>{decision.caseType}</Fact>}
            <Fact term={m.inquiry.confidence}>{formatPercent(decision.confidence, locale)}</Fact>
            <Fact term={m.inquiry.policyVersion}>{decision.policyVersion}</Fact>
          </Facts>
          <h3 id="reasons-heading">{m.inquiry.reasons}</h3>
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
