import { Decision } from '../../api/types';
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
          <dl className="facts">
            <div>
              <dt>{m.inquiry.target}</dt>
              <dd data-testid="decision-target">{label(m.queue, decision.target)}</dd>
            </div>
            <div>
              <dt>{m.inquiry.category}</dt>
              <dd>{decision.category ?? '–'}</dd>
            </div>
            {decision.agency && (
              <div>
                <dt>{m.inquiry.agency}</dt>
                <dd>{decision.agency}</dd>
              </div>
            )}
            {decision.caseType && (
              <div>
                <dt>{m.inquiry.caseType}</dt>
                <dd>{decision.caseType}</dd>
              </div>
            )}
            <div>
              <dt>{m.inquiry.confidence}</dt>
              <dd>{formatPercent(decision.confidence, locale)}</dd>
            </div>
            <div>
              <dt>{m.inquiry.policyVersion}</dt>
              <dd>{decision.policyVersion}</dd>
            </div>
          </dl>
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
