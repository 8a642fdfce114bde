import type { AdviserCompetencesView, CompetenceAuditView } from '@inquiry-router/contracts/views';
import { failureOf } from '../../api/use-resource';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Notice, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { CompetenceForm } from './competence-form';
import { areaLabel } from './training-labels';
import { useCompetences } from './use-competences';

/**
 * For supervisors: each adviser's level per category or queue and their mentors, a form to change
 * one, and the change log (who changed what, from what, to what, when).
 */
export function CompetencesPage() {
  const { t, label, formatDateTime } = useI18n();
  const { register, audit, error, reload } = useCompetences();
  const failed = failureOf(error);

  const levelText = (level: string | null, mentor: string | null) =>
    level === null
      ? t('training.competences.nothing')
      : mentor
        ? `${label('training.levels', level)} (${mentor})`
        : label('training.levels', level);

  const registerColumns: Column<AdviserCompetencesView>[] = [
    { header: t('training.competences.adviser'), cell: (a) => a.adviser },
    { header: t('training.competences.lines'), cell: (a) => a.lines.map((l) => label('queue', l)).join(', ') },
    {
      header: t('training.competences.competences'),
      cell: (a) =>
        a.competences.length === 0 ? (
          <span className="muted">{t('training.competences.qualifiedEverywhere')}</span>
        ) : (
          <ul>
            {a.competences.map((c) => {
              const values = { area: areaLabel(label, c.areaKind, c.area), level: label('training.levels', c.level) };
              return (
                <li key={`${c.areaKind}:${c.area}`}>
                  {c.mentor
                    ? t('training.competences.withMentor', { ...values, mentor: c.mentor })
                    : t('training.competences.withoutMentor', values)}
                </li>
              );
            })}
          </ul>
        ),
    },
  ];
  const auditColumns: Column<CompetenceAuditView>[] = [
    { header: t('training.competences.at'), cell: (a) => <time dateTime={a.changedAt}>{formatDateTime(a.changedAt)}</time> },
    { header: t('training.competences.adviser'), cell: (a) => a.adviser },
    { header: t('training.competences.area'), cell: (a) => areaLabel(label, a.areaKind, a.area) },
    { header: t('training.competences.from'), cell: (a) => levelText(a.fromLevel, a.fromMentor) },
    { header: t('training.competences.to'), cell: (a) => levelText(a.toLevel, a.toMentor) },
    { header: t('training.competences.changedBy'), cell: (a) => a.changedBy },
  ];

  return (
    <Page title={t('training.competences.title')}>
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      <Section id="competence-register" title={t('training.competences.register')}>
        <TableListing items={register} empty={t('training.competences.empty')} columns={registerColumns} rowKey={(a) => a.adviser} />
      </Section>
      {register && register.length > 0 && (
        <Section id="competence-change" title={t('training.competences.change')}>
          <CompetenceForm register={register} onSaved={() => void reload()} />
        </Section>
      )}
      <Section id="competence-audit" title={t('training.competences.audit')}>
        <TableListing items={audit} empty={t('training.competences.noAudit')} columns={auditColumns} rowKey={(_, index) => String(index)} />
      </Section>
    </Page>
  );
}
