import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Where an inquiry went, in the reader's language: a queue by its name, `agency:<code>` as the
 * agency, with its technical category when it has one ("Førstelinje (Innlogging)").
 */
export function useTargetLabel(): (target: string | null, category?: string | null) => string {
  const { t, label } = useI18n();
  return useCallback(
    (target, category) => {
      const where = target?.startsWith('agency:')
        ? t('search.toAgency', { agency: target.slice('agency:'.length) })
        : label('queue', target);
      return category ? `${where} (${label('category', category)})` : where;
    },
    [t, label],
  );
}
