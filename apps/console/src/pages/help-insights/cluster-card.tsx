import { useState } from 'react';
import type { HelpPageView, NewHelpPageMark, QuestionClusterView } from '@inquiry-router/contracts/views';
import { SelectField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';

/** What a mark needs of an editor: the page, and whether it was written or changed for the cluster. */
export type MarkChoice = Pick<NewHelpPageMark, 'helpPageId' | 'change'>;

/** One cluster: its words, measures, examples (masked by the workdesk), matched page or gap, the saved answers used on it (by title) and marks; editors mark a page for it. */
export function ClusterCard({
  cluster,
  pages,
  mayMark,
  busy,
  onMark,
}: {
  cluster: QuestionClusterView;
  pages: HelpPageView[];
  mayMark: boolean;
  busy: boolean;
  onMark: (cluster: QuestionClusterView, choice: MarkChoice) => void;
}) {
  const { t, formatNumber, formatPercent, formatDateTime } = useI18n();
  const [pageId, setPageId] = useState(cluster.helpPage?.helpPageId ?? pages[0]?.id ?? '');
  const [change, setChange] = useState<MarkChoice['change']>('changed');
  const headingId = `cluster-${cluster.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <article className="panel" aria-labelledby={headingId} data-testid="insights-cluster">
      <h3 id={headingId}>{cluster.labels.join(', ')}</h3>
      <p>
        {t('helpInsights.clusterMeasures', {
          count: cluster.count,
          share: formatPercent(cluster.firstContactShare),
          minutes: cluster.averageHandleSeconds === null ? '–' : formatNumber(Math.round(cluster.averageHandleSeconds / 60)),
        })}
      </p>
      <p data-testid="cluster-page">
        {cluster.helpPage ? (
          <>
            {t('helpInsights.answeredBy')} <a href={cluster.helpPage.url}>{cluster.helpPage.title}</a>
          </>
        ) : (
          <strong>{t('helpInsights.gap')}</strong>
        )}
      </p>
      <h4>{t('helpInsights.examples')}</h4>
      <ul>
        {cluster.examples.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
      {cluster.templates.length > 0 && (
        <>
          <h4>{t('helpInsights.templates')}</h4>
          <ul data-testid="cluster-templates">
            {cluster.templates.map((u) => (
              <li key={u.templateId}>
                {t('helpInsights.templateUse', {
                  title: u.title,
                  language: t(`languages.${u.language}`),
                  retired: u.retired ? 'yes' : 'no',
                  uses: u.uses,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {cluster.marks.map((m) => (
        <p key={m.id}>
          {t('helpInsights.markEffect', {
            date: formatDateTime(m.markedAt),
            before: m.effect.before.count,
            after: m.effect.after.count,
            days: m.effect.windowDays,
          })}
        </p>
      ))}
      {mayMark && pages.length > 0 && (
        <div className="form-row">
          <SelectField
            id={`${headingId}-page`}
            label={t('helpInsights.markPage')}
            value={pageId}
            choices={pages.map((p) => ({ value: p.id, label: p.title }))}
            onChange={setPageId}
          />
          <SelectField
            id={`${headingId}-change`}
            label={t('helpInsights.markChange')}
            value={change}
            choices={[
              { value: 'written', label: t('helpInsights.changes.written') },
              { value: 'changed', label: t('helpInsights.changes.changed') },
            ]}
            onChange={setChange}
          />
          <button type="button" disabled={busy || !pageId} onClick={() => onMark(cluster, { helpPageId: pageId, change })}>
            {t('helpInsights.mark')}
          </button>
        </div>
      )}
    </article>
  );
}
