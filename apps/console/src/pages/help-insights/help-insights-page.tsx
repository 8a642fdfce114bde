import { useState } from 'react';
import type { QuestionClusterView } from '@inquiry-router/contracts/views';
import { mayEdit } from '../../api/access';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { failureOf } from '../../api/use-resource';
import { Field } from '../../components/fields';
import { Notice, Page, Section } from '../../components/page';
import { useTopicLabel } from '../../components/target-label';
import { useI18n } from '../../i18n/i18n';
import { ClusterCard, type MarkChoice } from './cluster-card';
import { TrendChart } from './trend-chart';
import { useHelpInsights, type ReportPeriod } from './use-help-insights';

/**
 * The weekly help-page report (supervisors and editors): what people asked about per category,
 * the clusters of similar questions with examples, trend, first-contact share, handle time, the
 * help page that answers each or a gap, and editors' marks with the volume before and after.
 */
export function HelpInsightsPage() {
  const { t, formatNumber, formatPercent, formatDateTime } = useI18n();
  const topicLabel = useTopicLabel();
  const { session } = useSession();
  const [period, setPeriod] = useState<ReportPeriod>({ from: '', to: '' });
  const { report, error, reload, pages, downloadCsv, mark } = useHelpInsights(period);
  const action = useAction();

  const onMark = async (cluster: QuestionClusterView, choice: MarkChoice) => {
    const marked = await action.run(
      () => mark({ category: cluster.signature.category, signature: cluster.signature.terms, labels: cluster.labels, ...choice }),
      t('helpInsights.marked', { labels: cluster.labels.join(', ') }),
    );
    if (marked) await reload();
  };
  const failed = failureOf(error);

  return (
    <Page
      title={t('helpInsights.title')}
      actions={
        <button type="button" className="secondary" onClick={() => void action.run(downloadCsv)}>
          {t('helpInsights.csv')}
        </button>
      }
    >
      <form className="form-row" onSubmit={(e) => e.preventDefault()}>
        <Field id="insights-from" label={t('helpInsights.from')}>
          <input id="insights-from" type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
        </Field>
        <Field id="insights-to" label={t('helpInsights.to')}>
          <input id="insights-to" type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />
        </Field>
      </form>
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      {report && (
        <>
          <Section id="insights-summary" title={t('helpInsights.summary')}>
            <p data-testid="insights-summary">
              {t('helpInsights.period', { from: formatDateTime(report.from), to: formatDateTime(report.to) })}{' '}
              {t('helpInsights.totals', {
                count: report.count,
                share: formatPercent(report.firstContactShare),
                minutes: report.averageHandleSeconds === null ? '–' : formatNumber(Math.round(report.averageHandleSeconds / 60)),
                gaps: report.gaps,
              })}
            </p>
            <TrendChart weeks={report.weeks} categories={report.categories} />
          </Section>
          {report.categories.length === 0 && <p>{t('helpInsights.none')}</p>}
          {report.categories.map((category) => (
            <Section
              key={category.category}
              id={`insights-${category.category.replace(/[^a-z0-9-]/g, '-')}`}
              title={topicLabel(category.category)}
            >
              <p>
                {t('helpInsights.categoryMeasures', {
                  count: category.count,
                  clusters: category.clusters.length,
                  unclustered: category.unclustered,
                })}
              </p>
              {category.clusters.map((cluster) => (
                <ClusterCard
                  key={cluster.id}
                  cluster={cluster}
                  pages={pages}
                  mayMark={mayEdit(session)}
                  busy={action.busy}
                  onMark={(c, choice) => void onMark(c, choice)}
                />
              ))}
            </Section>
          ))}
          <Section id="insights-marks" title={t('helpInsights.marks')}>
            {report.marks.length === 0 ? (
              <p>{t('helpInsights.noMarks')}</p>
            ) : (
              <ul>
                {report.marks.map((m) => (
                  <li key={m.id}>
                    {m.labels.join(', ')} – {m.helpPageUrl ?? '–'} ({t(`helpInsights.changes.${m.change}`)}):{' '}
                    {t('helpInsights.markEffect', {
                      date: formatDateTime(m.markedAt),
                      before: m.effect.before.count,
                      after: m.effect.after.count,
                      days: m.effect.windowDays,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </Page>
  );
}
