import { useState } from 'react';
import { SentChannels, type SentChannel, type SentMessageView } from '@inquiry-router/contracts/views';
import { failureOf } from '../../api/use-resource';
import { Column } from '../../components/data-table';
import { choicesOf, SelectField } from '../../components/fields';
import { TableListing } from '../../components/listing';
import { Notice, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';
import { useSent } from './use-sent';

const AllChannels = 'all';

/** What a person reads first of a message: its subject, else its first line that says something. */
function headline(message: SentMessageView): string | null {
  return message.subject?.trim() || message.text.split('\n').find((line) => line.trim() !== '') || null;
}

/**
 * A development page for support staff: everything the system sent from this machine — mail,
 * direct messages and webhooks as the local sinks received them, and the phone channel's call-back
 * tasks — newest first, with its thread and a link to its inquiry; by channel, refreshed on demand.
 */
export function SentPage() {
  const { t, label, formatDateTime } = useI18n();
  const [channel, setChannel] = useState<SentChannel | null>(null);
  const { view, error, unavailable, reload } = useSent(channel);
  const failed = failureOf(error);

  const columns: Column<SentMessageView>[] = [
    { header: t('sent.columns.at'), cell: (m) => <time dateTime={m.at}>{formatDateTime(m.at)}</time> },
    {
      header: t('sent.columns.channel'),
      cell: (m) => (
        <>
          {label('sent.channel', m.channel)}
          <br />
          <span className="muted">
            {label('sent.via', m.via)}
            {m.purpose && ` · ${label('sent.purpose', m.purpose)}`}
          </span>
        </>
      ),
      testId: () => 'sent-channel',
    },
    { header: t('sent.columns.to'), cell: (m) => m.to.join(', ') },
    {
      header: t('sent.columns.subject'),
      cell: (m) => (
        <details>
          <summary>{headline(m) ?? t('sent.noSubject')}</summary>
          <div className="message-body">{m.text}</div>
        </details>
      ),
      testId: () => 'sent-subject',
    },
    { header: t('sent.columns.thread'), cell: (m) => m.thread ?? '–' },
    {
      header: t('sent.columns.inquiry'),
      cell: (m) => (m.inquiry ? <Link to={inquiryPath(m.inquiry.id)}>{m.inquiry.reference}</Link> : '–'),
    },
  ];

  return (
    <Page
      title={t('sent.title')}
      actions={
        <button type="button" className="secondary" onClick={() => void reload()}>
          {t('sent.refresh')}
        </button>
      }
    >
      <p className="muted">{t('sent.intro')}</p>
      {unavailable && <Notice kind="error">{t('sent.notAvailable')}</Notice>}
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      {!unavailable && (
        <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id="sent-channel"
            label={t('sent.channelFilter')}
            value={channel ?? AllChannels}
            choices={[{ value: AllChannels, label: t('sent.allChannels') }, ...choicesOf(SentChannels, (c) => label('sent.channel', c))]}
            onChange={(value) => setChannel(value === AllChannels ? null : value)}
          />
        </form>
      )}
      {view && (
        <Section id="sent-messages" title={t('sent.caption')}>
          {view.sinks.state === 'running' ? (
            <p className="muted">{t('sent.sinksAt', { url: view.sinks.url })}</p>
          ) : (
            <Notice kind="error">{t(view.sinks.state === 'not-running' ? 'sent.notRunning' : 'sent.unreachable')}</Notice>
          )}
          <p role="status" data-testid="sent-count">
            {t('sent.count', { count: view.items.length })}
          </p>
          <TableListing
            items={view.items}
            empty={t('sent.none')}
            columns={columns}
            rowKey={(m) => m.id}
            rowTestId={(m) => `sent-${m.id}`}
          />
        </Section>
      )}
    </Page>
  );
}
