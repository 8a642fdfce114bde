import { useCallback } from 'react';
import { agencyOfTarget, isTechnicalCategory } from '@inquiry-router/contracts/vocabulary';
import { useI18n } from '../i18n/i18n';

/**
 * Where an inquiry went, in the reader's language: a queue by its name, `agency:<code>` as the
 * agency, with its technical category when it has one ("Førstelinje (Innlogging)").
 */
export function useTargetLabel(): (target: string | null, category?: string | null) => string {
  const { t, label } = useI18n();
  return useCallback(
    (target, category) => {
      const agency = target === null ? null : agencyOfTarget(target);
      const where = agency !== null ? t('search.toAgency', { agency }) : label('queue', target);
      return category ? `${where} (${label('category', category)})` : where;
    },
    [t, label],
  );
}

/**
 * What a contact was about, in the reader's language: its technical category ("Innlogging"), or for
 * matters that have none, where it went ("Etat nav") — the help-page report and the help-page
 * catalogue group contacts by the decision's category, else its target.
 */
export function useTopicLabel(): (topic: string) => string {
  const { label } = useI18n();
  const targetLabel = useTargetLabel();
  return useCallback((topic) => (isTechnicalCategory(topic) ? label('category', topic) : targetLabel(topic)), [label, targetLabel]);
}
