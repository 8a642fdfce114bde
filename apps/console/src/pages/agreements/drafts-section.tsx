import type { PolicyDraftSummaryView, PolicySimulationView } from '@inquiry-router/contracts/views';
import { Fact, Facts } from '../../components/facts';
import { ItemList } from '../../components/listing';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** The drafts: each simulated on recent inquiries before it may be published, or discarded. */
export function DraftsSection({
  drafts,
  simulation,
  busy,
  onSimulate,
  onPublish,
  onDiscard,
}: {
  drafts: PolicyDraftSummaryView[];
  simulation: PolicySimulationView | null;
  busy: boolean;
  onSimulate: (id: string) => void;
  onPublish: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const { t, formatDateTime, formatNumber } = useI18n();
  return (
    <Section id="drafts" title={t('agreements.drafts')}>
      <ItemList items={drafts} empty={t('agreements.noDrafts')} itemKey={(d) => d.id} className="drafts">
        {(d) => (
          <>
            <p>
              <strong>{d.comment || d.id.slice(0, 8)}</strong> – {t('agreements.createdBy')} {d.createdBy}, {formatDateTime(d.createdAt)}
            </p>
            <div className="form-buttons">
              <button type="button" onClick={() => onSimulate(d.id)} disabled={busy}>
                {t('agreements.simulate')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => onPublish(d.id)}
                disabled={busy || simulation?.draftId !== d.id || simulation.staleDraft}
                aria-describedby={simulation?.draftId !== d.id ? `publish-hint-${d.id}` : undefined}
              >
                {t('agreements.publish')}
              </button>
              <button type="button" className="secondary" onClick={() => onDiscard(d.id)} disabled={busy}>
                {t('agreements.discard')}
              </button>
            </div>
            {simulation?.draftId !== d.id && (
              <p id={`publish-hint-${d.id}`} className="hint">
                {t('agreements.simulateFirst')}
              </p>
            )}
            {simulation?.draftId === d.id && (
              <div role="status">
                <h3>{t('agreements.simulation', { id: d.id.slice(0, 8) })}</h3>
                <Facts>
                  <Fact term={t('agreements.replayed')}>{formatNumber(simulation.replayed)}</Fact>
                  <Fact term={t('agreements.changed')}>{formatNumber(simulation.changed)}</Fact>
                  <Fact term={t('agreements.targetChanged')}>{formatNumber(simulation.targetChanged)}</Fact>
                </Facts>
                {simulation.staleDraft && <Notice kind="error">{t('agreements.stale')}</Notice>}
              </div>
            )}
          </>
        )}
      </ItemList>
    </Section>
  );
}
