import type { CompetenceAreaKind } from '@inquiry-router/contracts/vocabulary';
import type { I18n } from '../../i18n/i18n';

/** A category or queue in the reader's language. */
export function areaLabel(label: I18n['label'], areaKind: CompetenceAreaKind, area: string): string {
  return label(areaKind === 'category' ? 'category' : 'queue', area);
}
