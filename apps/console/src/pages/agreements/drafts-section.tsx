import { Listing } from '../../components/listing';
import { Notice, Section } from '../../components/page';
import { fill, formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { Draft, Simulation } from './use-agreements';

/** The drafts: each simulated on recent inquiries before it may be published, or discarded. */
export function DraftsSection({
  drafts,
  simulation,
  busy,
  onSimulate,
  onPublish,
  onDiscard,
}: {
  drafts: Draft[];
  simulation: Simulation | null;
  busy: boolean;
  onSimulate: (id: string) => void;
  onPublish: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const { m, locale } = useI18n();
  return (
    <Section id="drafts" title={m.agreements.drafts}>
      <Listing items={drafts} empty={m.agreements.noDrafts}>
        {(items) => (
          <ul className="drafts">
            {items.map((d) => (
              <li key={d.id}>
                <p>
                  <strong>{d.comment || d.id.slice(0, 8)}</strong> – {m.agreements.createdBy} {d.createdBy},{' '}
                  {formatDateTime(d.createdAt, locale)}
                </p>
                <div className="form-buttons">
                  <button type="button" onClick={() => onSimulate(d.id)} disabled={busy}>
                    {m.agreements.simulate}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    onClick={() => onPublish(d.id)}
                    disabled={busy || simulation?.draftId !== d.id || simulation.staleDraft}
                    aria-describedby={simulation?.draftId !== d.id ? `publish-hint-${d.id}` : undefined}
                  >
                    {m.agreements.publish}
                  </button>
                  <button type="button" className="secondary" onClick={() => onDiscard(d.id)} disabled={busy}>
                    {m.agreements.discard}
                  </button>
                </div>
                {simulation?.draftId !== d.id && (
                  <p id={`publish-hint-${d.id}`} className="hint">
                    {m.agreements.simulateFirst}
                  </p>
                )}
                {simulation?.draftId === d.id && (
                  <div role="status">
                    <h3>{fill(m.agreements.simulation, { id: d.id.slice(0, 8) })}</h3>
                    <dl className="facts">
                      <div>
                        <dt>{m.agreements.replayed}</dt>
                        <dd>{formatNumber(simulation.replayed, locale)}</dd>
                      </div>
                      <div>
                        <dt>{m.agreements.changed}</dt>
                        <dd>{formatNumber(simulation.changed, locale)}</dd>
                      </div>
                      <div>
                        <dt>{m.agreements.targetChanged}</dt>
                        <dd>{formatNumber(simulation.targetChanged, locale)}</dd>
                      </div>
                    </dl>
                    {simulation.staleDraft && <Notice kind="error">{m.agreements.stale}</Notice>}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Listing>
    </Section>
  );
}
