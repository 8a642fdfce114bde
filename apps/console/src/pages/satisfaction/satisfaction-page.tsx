import { useState } from 'react';
import { failureOf } from '../../api/use-resource';
import { BarChart } from '../../components/bar-chart';
import { Notice, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { CommentsSection } from './comments-section';
import { FiguresTable } from './figures-table';
import { PeriodForm } from './period-form';
import { lastThirtyDays, useSatisfaction } from './use-satisfaction';

/**
 * What inquirers say afterwards, for supervisors: for a period, the average score, answers and
 * response rate of the satisfaction survey and the wait until an adviser accepted, in all and per
 * queue, channel, category and adviser, and the comments (personal data masked).
 */
export function SatisfactionPage() {
  const { t, label, formatNumber } = useI18n();
  const [period, setPeriod] = useState(lastThirtyDays);
  const { report, comments, error } = useSatisfaction(period);
  const failed = failureOf(error);
  const none = t('satisfaction.none');
  const scoreRows = (report?.byQueue ?? [])
    .filter((q) => q.averageScore !== null)
    .map((q) => ({ key: q.key ?? 'none', label: q.key ? label('queue', q.key) : none, value: q.averageScore! }));

  return (
    <Page title={t('satisfaction.title')}>
      <PeriodForm period={period} onPeriod={setPeriod} />
      <p className="muted">{t('satisfaction.waitExplained')}</p>
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      {report && (
        <Section id="satisfaction-total" title={t('satisfaction.total')}>
          <p data-testid="satisfaction-total">
            {t('satisfaction.summary', {
              resolved: report.total.resolved,
              answers: report.total.answers,
              sent: report.total.surveysSent,
              score: report.total.averageScore === null ? '–' : formatNumber(report.total.averageScore),
            })}
          </p>
          <BarChart
            caption={t('satisfaction.scoreByQueue')}
            nameHeader={t('dashboard.queue')}
            countHeader={t('satisfaction.averageScore')}
            rows={scoreRows}
            empty={t('satisfaction.noAnswers')}
          />
        </Section>
      )}
      <FiguresTable
        id="satisfaction-queue"
        title={t('satisfaction.byQueue')}
        groupHeader={t('dashboard.queue')}
        rows={report?.byQueue}
        groupName={(k) => (k ? label('queue', k) : none)}
      />
      <FiguresTable
        id="satisfaction-channel"
        title={t('satisfaction.byChannel')}
        groupHeader={t('inquiry.channel')}
        rows={report?.byChannel}
        groupName={(k) => (k ? label('channel', k) : none)}
      />
      <FiguresTable
        id="satisfaction-category"
        title={t('satisfaction.byCategory')}
        groupHeader={t('inquiry.category')}
        rows={report?.byCategory}
        groupName={(k) => (k ? label('category', k) : none)}
      />
      <FiguresTable
        id="satisfaction-adviser"
        title={t('satisfaction.byAdviser')}
        groupHeader={t('dashboard.adviser')}
        rows={report?.byAdviser}
        groupName={(k) => k ?? none}
      />
      <CommentsSection comments={comments} />
    </Page>
  );
}
