import type { Decision } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useReasonText } from '../../i18n/reason-text';

/**
 * A decision's reasons in the reader's language, by their codes. A decision made before reasons
 * had codes has only its English text: that is shown as it is, with a note saying why.
 */
export function ReasonList({ decision, labelledBy }: { decision: Pick<Decision, 'reasons' | 'reasonCodes'>; labelledBy: string }) {
  const { t } = useI18n();
  const reasonText = useReasonText();
  const coded = decision.reasonCodes && decision.reasonCodes.length === decision.reasons.length ? decision.reasonCodes : null;
  return (
    <>
      <ul aria-labelledby={labelledBy} className="reasons" data-testid="decision-reasons">
        {coded
          ? coded.map((r, n) => <li key={n}>{reasonText(r)}</li>)
          : decision.reasons.map((r, n) => (
              <li key={n} lang="en">
                {r}
              </li>
            ))}
      </ul>
      {!coded && decision.reasons.length > 0 && (
        <p className="hint" data-testid="reasons-untranslated">
          {t('reason.untranslated')}
        </p>
      )}
    </>
  );
}
