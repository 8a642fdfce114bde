import type { IncidentSuggestionView } from '@inquiry-router/contracts/views';
import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** A suggestion's evidence: its category and window, and the contacts seen against those expected. */
function Evidence({ suggestion: s }: { suggestion: IncidentSuggestionView }) {
  const { t, label, formatDateTime, formatTime, formatNumber } = useI18n();
  return (
    <>
      <strong>
        {t('notices.suggestions.category')}: {label('category', s.category)}
      </strong>{' '}
      ({t('notices.suggestions.window')}: {formatDateTime(s.windowStart)}–{formatTime(s.windowEnd)}){' '}
      <span data-testid={`suggestion-counts-${s.id}`}>
        {t('notices.suggestions.counts', {
          observed: formatNumber(s.observed),
          expected: formatNumber(Math.round(s.expected * 10) / 10),
          ratio: formatNumber(Math.round(s.ratio * 10) / 10),
        })}
      </span>
    </>
  );
}

/**
 * Early warnings for operators: each category whose contacts rose far above normal, with its
 * evidence and a few examples (personal data masked); register an incident from it, or dismiss it.
 */
export function SuggestionsSection({
  suggestions,
  busy,
  onRegister,
  onDismiss,
}: {
  suggestions: readonly IncidentSuggestionView[] | undefined;
  busy: boolean;
  onRegister: (suggestion: IncidentSuggestionView) => void;
  onDismiss: (suggestion: IncidentSuggestionView) => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="suggestions" title={t('notices.suggestions.title')}>
      <ItemList items={suggestions} empty={t('notices.suggestions.none')} itemKey={(s) => s.id} className="suggestions">
        {(s) => (
          <div data-testid={`suggestion-${s.id}`}>
            <p>
              <Evidence suggestion={s} />
            </p>
            {s.examples.length > 0 && (
              <>
                <p className="hint">{t('notices.suggestions.examples')}</p>
                <ul className="examples">
                  {s.examples.map((e, n) => (
                    <li key={n}>{e}</li>
                  ))}
                </ul>
              </>
            )}
            <span className="row-buttons">
              <button type="button" className="primary" disabled={busy} onClick={() => onRegister(s)}>
                {t('notices.suggestions.register')}
                <span className="visually-hidden"> ({s.category})</span>
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => onDismiss(s)}>
                {t('notices.suggestions.dismiss')}
                <span className="visually-hidden"> ({s.category})</span>
              </button>
            </span>
          </div>
        )}
      </ItemList>
    </Section>
  );
}

/** The dashboard's banner: how many early warnings are open, each in brief, and the way to act on them. Nothing when none are. */
export function SuggestionBanner({ suggestions }: { suggestions: readonly IncidentSuggestionView[] | undefined }) {
  const { t } = useI18n();
  if (!suggestions || suggestions.length === 0) return null;
  return (
    <section className="panel warning-banner" aria-labelledby="suggestion-banner-heading">
      <h2 id="suggestion-banner-heading" data-testid="suggestion-count">
        {t('notices.suggestions.banner', { count: suggestions.length })}
      </h2>
      <ul>
        {suggestions.map((s) => (
          <li key={s.id}>
            <Evidence suggestion={s} />
          </li>
        ))}
      </ul>
      <Link to="/notices">{t('notices.suggestions.show')}</Link>
    </section>
  );
}
