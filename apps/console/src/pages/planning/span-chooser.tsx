import { Channels } from '@inquiry-router/contracts/vocabulary';
import { choicesOf, SelectField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import { nextDays, QuickSpans, type PlanningSpan, type QuickSpan } from './planning-span';
import type { ChannelChoice } from './planning-series';

const isChannelChoice = (value: string): value is ChannelChoice => value === 'all' || (Channels as readonly string[]).includes(value);

/** The days shown (two dates, or a quick choice from today) and the channel. */
export function SpanChooser({
  span,
  channel,
  onSpan,
  onChannel,
}: {
  span: PlanningSpan;
  channel: ChannelChoice;
  onSpan: (span: PlanningSpan) => void;
  onChannel: (channel: ChannelChoice) => void;
}) {
  const { t, label } = useI18n();
  const quick = Object.keys(QuickSpans) as QuickSpan[];
  return (
    <form className="panel planning-choices" aria-label={t('planning.span')} onSubmit={(e) => e.preventDefault()}>
      <div className="field inline-pair">
        <div>
          <label htmlFor="planning-from">{t('planning.from')}</label>
          <input id="planning-from" type="date" required value={span.from} onChange={(e) => onSpan({ ...span, from: e.target.value })} />
        </div>
        <div>
          <label htmlFor="planning-to">{t('planning.to')}</label>
          <input id="planning-to" type="date" required value={span.to} onChange={(e) => onSpan({ ...span, to: e.target.value })} />
        </div>
      </div>
      <fieldset className="quick-spans">
        <legend>{t('planning.quick')}</legend>
        {quick.map((q) => (
          <button key={q} type="button" className="secondary" onClick={() => onSpan(nextDays(QuickSpans[q]))}>
            {t(`planning.${q}`)}
          </button>
        ))}
      </fieldset>
      <SelectField
        id="planning-channel"
        label={t('planning.channel')}
        value={channel}
        choices={[{ value: 'all', label: t('planning.allChannels') }, ...choicesOf(Channels, (c) => label('channel', c))]}
        onChange={(value) => onChannel(isChannelChoice(value) ? value : 'all')}
      />
    </form>
  );
}
