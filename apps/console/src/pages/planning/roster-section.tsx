import type { RosterShiftView } from '@inquiry-router/contracts/views';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { areaLabel } from '../competences/training-labels';

/**
 * The span's shifts with each adviser's competence levels (in training, qualified, mentor per
 * category or queue) and what the shift counts for in the staffing: a trainee less than one.
 */
export function RosterSection({ shifts }: { shifts: readonly RosterShiftView[] | undefined }) {
  const { t, label, formatDate } = useI18n();
  const columns: Column<RosterShiftView>[] = [
    { header: t('planning.adviser'), cell: (s) => s.adviserName },
    { header: t('planning.shift'), cell: (s) => t('planning.shiftTime', { date: formatDate(s.date), from: s.from, to: s.to }) },
    {
      header: t('planning.queues'),
      cell: (s) => (s.queues.length === 0 ? t('planning.anyQueue') : s.queues.map((q) => label('queue', q)).join(', ')),
    },
    {
      header: t('planning.competences'),
      cell: (s) =>
        s.competences.length === 0 ? (
          <span className="muted">{t('planning.qualifiedEverywhere')}</span>
        ) : (
          <ul>
            {s.competences.map((c) => (
              <li key={`${c.areaKind}:${c.area}`}>
                {t('planning.competence', { area: areaLabel(label, c.areaKind, c.area), level: label('training.levels', c.level) })}
              </li>
            ))}
          </ul>
        ),
    },
    { header: t('planning.countsAs'), cell: (s) => t('planning.advisersCount', { count: s.staffWeight }) },
  ];
  return (
    <Section id="planning-roster" title={t('planning.roster')}>
      <TableListing items={shifts} empty={t('planning.noRoster')} columns={columns} rowKey={(s) => s.id} />
    </Section>
  );
}
