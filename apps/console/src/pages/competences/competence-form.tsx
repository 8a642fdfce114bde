import { FormEvent, useState } from 'react';
import type { AdviserCompetencesView, CompetenceSetting } from '@inquiry-router/contracts/views';
import {
  CompetenceAreaKinds,
  CompetenceLevels,
  QueueNames,
  TechnicalCategories,
  type CompetenceAreaKind,
  type CompetenceLevel,
} from '@inquiry-router/contracts/vocabulary';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { choicesOf, SelectField } from '../../components/fields';
import { Notice } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { areaLabel } from './training-labels';

const Remove = 'remove' as const;
const NoMentor = '';

/** Sets one competence of one adviser (or removes it); a trainee's mentor is chosen among the mentors in that area. */
export function CompetenceForm({ register, onSaved }: { register: readonly AdviserCompetencesView[]; onSaved: () => void }) {
  const { t, label } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [adviser, setAdviser] = useState(register[0]?.adviser ?? '');
  const [areaKind, setAreaKind] = useState<CompetenceAreaKind>('category');
  const [area, setArea] = useState<string>(TechnicalCategories[0]);
  const [level, setLevel] = useState<CompetenceLevel | typeof Remove>('in-training');
  const [mentor, setMentor] = useState(NoMentor);

  const areas = areaKind === 'category' ? TechnicalCategories : QueueNames;
  const mentors = register.filter(
    (a) => a.adviser !== adviser && a.competences.some((c) => c.areaKind === areaKind && c.area === area && c.level === 'mentor'),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await action.run(
      () =>
        api.put(`/api/competences/${encodeURIComponent(adviser)}`, {
          areaKind,
          area,
          level: level === Remove ? null : level,
          mentor: level === 'in-training' && mentor ? mentor : null,
        } satisfies CompetenceSetting),
      t('training.competences.saved', { adviser }),
    );
    if (saved !== undefined) onSaved();
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('training.competences.change')}>
      <SelectField
        id="competence-adviser"
        label={t('training.competences.adviser')}
        value={adviser}
        choices={choicesOf(register.map((a) => a.adviser))}
        onChange={setAdviser}
      />
      <SelectField
        id="competence-area-kind"
        label={t('training.competences.areaKind')}
        value={areaKind}
        choices={choicesOf(CompetenceAreaKinds, (k) => label('training.areaKinds', k))}
        onChange={(k) => {
          setAreaKind(k);
          setArea(k === 'category' ? TechnicalCategories[0] : QueueNames[0]);
          setMentor(NoMentor);
        }}
      />
      <SelectField
        id="competence-area"
        label={t('training.competences.area')}
        value={area}
        choices={choicesOf(areas, (a) => areaLabel(label, areaKind, a))}
        onChange={(a) => {
          setArea(a);
          setMentor(NoMentor);
        }}
      />
      <SelectField
        id="competence-level"
        label={t('training.competences.level')}
        value={level}
        choices={[
          ...choicesOf(CompetenceLevels, (l) => label('training.levels', l)),
          { value: Remove, label: t('training.competences.remove') },
        ]}
        onChange={setLevel}
      />
      {level === 'in-training' && (
        <SelectField
          id="competence-mentor"
          label={t('training.competences.mentor')}
          value={mentor}
          choices={[{ value: NoMentor, label: t('training.competences.noMentor') }, ...choicesOf(mentors.map((m) => m.adviser))]}
          onChange={setMentor}
        />
      )}
      <div className="form-buttons">
        <button type="submit" disabled={action.busy || !adviser}>
          {t('training.competences.save')}
        </button>
      </div>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
    </form>
  );
}
