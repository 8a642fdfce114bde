import { FormEvent, useState } from 'react';
import type { DateRuleView, FilingDeadlineView, NewFilingDeadline } from '@inquiry-router/contracts/views';
import { Channels, type Channel } from '@inquiry-router/contracts/vocabulary';
import { Column } from '../../components/data-table';
import { Field } from '../../components/fields';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** The rule the form describes: "last" or a day; the listed months (e.g. "2, 4, 6") or every month. */
export function ruleFrom(kind: 'yearly' | 'monthly', month: number, day: string, listedMonths: string, move: boolean): DateRuleView {
  const dayOf = day === 'last' ? 'last' : Number(day);
  const moveTo = move ? { moveTo: 'next-working-day' as const } : {};
  if (kind === 'yearly') return { kind, month, day: dayOf, ...moveTo };
  const listed = listedMonths
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '')
    .map(Number);
  return { kind, day: dayOf, ...(listed.length > 0 ? { months: listed } : {}), ...moveTo };
}

/**
 * The filing-deadline calendar the forecast learns from: each deadline with its rule and next date in
 * the span, switched on or off, and a form for a new one (the workdesk checks the rule and audits every change).
 */
export function DeadlinesSection({
  deadlines,
  busy,
  onAdd,
  onSetActive,
}: {
  deadlines: readonly FilingDeadlineView[] | undefined;
  busy: boolean;
  onAdd: (deadline: NewFilingDeadline) => Promise<boolean>;
  onSetActive: (deadline: FilingDeadlineView, active: boolean) => void;
}) {
  const { t, label, formatDate } = useI18n();
  const [agency, setAgency] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'yearly' | 'monthly'>('yearly');
  const [month, setMonth] = useState(1);
  const [day, setDay] = useState('');
  const [listedMonths, setListedMonths] = useState('');
  const [move, setMove] = useState(true);
  const [channels, setChannels] = useState<Channel[]>(['phone', 'email']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await onAdd({ agency, name, channels, rule: ruleFrom(kind, month, day, listedMonths, move) })) {
      setName('');
      setDay('');
    }
  };
  const toggle = (c: Channel) => setChannels((all) => (all.includes(c) ? all.filter((x) => x !== c) : [...all, c]));
  const columns: Column<FilingDeadlineView>[] = [
    { header: t('planning.deadlineName'), cell: (d) => `${d.name} (${d.agency})` },
    { header: t('planning.rule'), cell: (d) => d.ruleText },
    { header: t('planning.channels'), cell: (d) => d.channels.map((c) => label('channel', c)).join(', ') },
    { header: t('planning.nextDate'), cell: (d) => (d.occurrences[0] ? formatDate(d.occurrences[0].date) : '–') },
    {
      header: t('planning.status'),
      cell: (d) => (
        <button type="button" className="secondary" disabled={busy} onClick={() => onSetActive(d, !d.active)}>
          {d.active ? t('planning.deactivate') : t('planning.activate')}
          <span className="visually-hidden"> {d.name}</span>
        </button>
      ),
    },
  ];
  return (
    <Section id="deadlines" title={t('planning.deadlines')}>
      <TableListing
        items={deadlines}
        empty={t('planning.calendarEmpty')}
        columns={columns}
        rowKey={(d) => d.id}
        rowTestId={(d) => `deadline-${d.id}`}
      />
      <form onSubmit={(e) => void submit(e)} aria-labelledby="deadline-form-heading">
        <h3 id="deadline-form-heading">{t('planning.newDeadline')}</h3>
        <Field id="deadline-name" label={t('planning.deadlineName')}>
          <input id="deadline-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="deadline-agency" label={t('planning.agency')}>
          <input id="deadline-agency" required value={agency} onChange={(e) => setAgency(e.target.value)} />
        </Field>
        <Field id="deadline-kind" label={t('planning.ruleKind')}>
          <select id="deadline-kind" value={kind} onChange={(e) => setKind(e.target.value as 'yearly' | 'monthly')}>
            <option value="yearly">{t('planning.everyYear')}</option>
            <option value="monthly">{t('planning.everyMonth')}</option>
          </select>
        </Field>
        {kind === 'yearly' ? (
          <Field id="deadline-month" label={t('planning.month')}>
            <select id="deadline-month" value={month} onChange={(e) => setMonth(Number(e.target.value))}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field id="deadline-months" label={t('planning.listedMonths')}>
            <input
              id="deadline-months"
              value={listedMonths}
              placeholder="2, 4, 6, 8, 10, 12"
              onChange={(e) => setListedMonths(e.target.value)}
            />
          </Field>
        )}
        <Field id="deadline-day" label={t('planning.ruleDay')}>
          <input id="deadline-day" required pattern="last|[1-9]|[12][0-9]|3[01]" value={day} onChange={(e) => setDay(e.target.value)} />
        </Field>
        <div className="field checkbox">
          <input id="deadline-move" type="checkbox" checked={move} onChange={(e) => setMove(e.target.checked)} />
          <label htmlFor="deadline-move">{t('planning.moveToWorkingDay')}</label>
        </div>
        <fieldset>
          <legend>{t('planning.channels')}</legend>
          {Channels.map((c) => (
            <div className="field checkbox" key={c}>
              <input id={`deadline-channel-${c}`} type="checkbox" checked={channels.includes(c)} onChange={() => toggle(c)} />
              <label htmlFor={`deadline-channel-${c}`}>{label('channel', c)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={busy || channels.length === 0}>
          {t('planning.addDeadline')}
        </button>
      </form>
    </Section>
  );
}
