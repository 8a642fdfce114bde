import type { IncidentLinkView } from '@inquiry-router/contracts/views';
import { textIn } from '@inquiry-router/contracts/notice-labels';
import type { IncidentMark } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useReasonText } from '../../i18n/reason-text';

/**
 * The incidents an inquiry is linked to, where the adviser sees them first: which incident, its
 * status, and why the inquiry was linked (the inquirer has already been told the problem is known).
 */
export function IncidentLinks({ links }: { links: readonly IncidentLinkView[] | undefined }) {
  const { t, locale } = useI18n();
  const reasonText = useReasonText();
  // A workdesk without incident links sends none.
  if (!links?.length) return null;
  return (
    <>
      {links.map((link) => (
        <section key={link.noticeId} className="incident-link" aria-labelledby={`incident-link-${link.noticeId}`}>
          <h2 id={`incident-link-${link.noticeId}`}>
            {t('notices.link.heading', {
              id: link.noticeId,
              title: textIn(link.title, locale),
              status: t(`notices.status.${link.status}`),
            })}
          </h2>
          {link.explanation.length > 0 && (
            <ul>
              {link.explanationCodes
                ? link.explanationCodes.map((reason, n) => <li key={n}>{reasonText(reason)}</li>)
                : // A link made before links had reason codes: its English text, marked as English.
                  link.explanation.map((line, n) => (
                    <li key={n} lang="en">
                      {line}
                    </li>
                  ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

/** The mark of an inquiry linked to an incident, in a listing. */
export function IncidentBadge({ incident }: { incident: IncidentMark | null | undefined }) {
  const { t, locale } = useI18n();
  if (!incident) return null;
  return (
    <span className="badge" title={textIn(incident.title, locale)} data-testid={`incident-badge-${incident.noticeId}`}>
      {t('notices.link.badge', { id: incident.noticeId })}
    </span>
  );
}
