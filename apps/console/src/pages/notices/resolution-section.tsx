import { FormEvent, useState } from 'react';
import type { IncidentResolutionView, NoticeTextView, NoticeView } from '@inquiry-router/contracts/views';
import { useAction } from '../../api/use-action';
import { Fact, Facts } from '../../components/facts';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { LanguageTexts, writtenText } from './notice-fields';

const emptyText: NoticeTextView = { nb: '', nn: '', en: '' };

/**
 * For a resolved incident (supervisors): one answer to every still-open linked inquiry, each told
 * through its own channel and resolved; how far it got, read again while it runs.
 */
export function ResolutionSection({
  notice,
  resolution,
  onStart,
  onStarted,
}: {
  notice: NoticeView;
  resolution: IncidentResolutionView | null | undefined;
  onStart: (text: NoticeTextView) => Promise<IncidentResolutionView>;
  onStarted: () => void | Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const action = useAction();
  const [text, setText] = useState<NoticeTextView>(emptyText);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!window.confirm(t('notices.resolution.confirm', { id: notice.id }))) return;
    const started = await action.run(() => onStart(writtenText(text)), t('notices.resolution.started'));
    if (started) await onStarted();
  };

  return (
    <Section id="resolution" title={t('notices.resolution.title')}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      {resolution ? (
        <Facts>
          <Fact term={t('notices.statusLabel')}>
            {resolution.state === 'running'
              ? t('notices.resolution.running')
              : t('notices.resolution.finished', { time: formatDateTime(resolution.finishedAt) })}
          </Fact>
          <Fact term={t('notices.resolution.progressTerm')} testId="resolution-progress">
            <progress max={Math.max(resolution.total, 1)} value={resolution.answered} aria-hidden="true" />{' '}
            {t('notices.resolution.progress', { answered: resolution.answered, total: resolution.total })}
          </Fact>
        </Facts>
      ) : (
        <>
          <p>{t('notices.resolution.intro')}</p>
          <form onSubmit={(e) => void submit(e)}>
            <LanguageTexts id="resolution-text" multiline labels="notices.resolution.text" value={text} onChange={setText} />
            <button type="submit" className="primary" disabled={action.busy}>
              {t('notices.resolution.submit')}
            </button>
          </form>
        </>
      )}
    </Section>
  );
}
