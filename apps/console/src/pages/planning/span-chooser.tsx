import { Channels } from '@inquiry-router/contracts/vocabulary';
import { choicesOf, RangeFields, SelectField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';
import { nextDays, QuickSpans, type PlanningSpan, type QuickSpan } from './planning-span';
import type { ChannelChoice } from './planning-series';

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
      <RangeFields
        type="date"
        from={{ id: 'planning-from', label: t('planning.from'), value: span.from, onChange: (from) => onSpan({ ...span, from }) }}
        to={{ id: 'planning-to', label: t('planning.to'), value: span.to, onChange: (to) => onSpan({ ...span, to }) }}
      />
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
        onChange={onChannel}
      />
    </form>
  );
}
