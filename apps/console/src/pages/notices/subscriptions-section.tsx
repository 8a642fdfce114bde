import { FormEvent, useState } from 'react';
import type {
  CreatedNoticeSubscriptionView,
  NewNoticeSubscription,
  NoticeComponentView,
  NoticeSubscriptionView,
} from '@inquiry-router/contracts/views';
import { SubscriptionChannels, type SubscriptionChannel } from '@inquiry-router/contracts/vocabulary';
import { ApiError } from '../../api/api-client';
import { useAction } from '../../api/use-action';
import { Column } from '../../components/data-table';
import { choicesOf, InputField, SelectField } from '../../components/fields';
import { TableListing } from '../../components/listing';
import { Notice, Section } from '../../components/page';
import { localeNames, Locales, type Locale } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { fieldErrorsOf, ScopeFields, type FieldErrors } from './notice-fields';
import { componentNames } from './notice-table';
import type { NoticeScope } from './use-notices';

const everything: NoticeScope = { components: [], environments: [], audiences: [] };

/**
 * Subscribers to notices (operators): each with its channel, recipient, what it covers and whether
 * it is confirmed; ending one; setting one up by email or webhook. A webhook's signing secret is
 * shown once, right after it is made.
 */
export function SubscriptionsSection({
  subscriptions,
  components,
  onAdd,
  onEnd,
}: {
  subscriptions: readonly NoticeSubscriptionView[] | undefined;
  components: readonly NoticeComponentView[] | undefined;
  onAdd: (subscription: NewNoticeSubscription) => Promise<CreatedNoticeSubscriptionView>;
  onEnd: (subscription: NoticeSubscriptionView) => Promise<unknown>;
}) {
  const { t, locale, formatDateTime } = useI18n();
  const action = useAction();
  const [channel, setChannel] = useState<SubscriptionChannel>('email');
  const [address, setAddress] = useState('');
  const [scope, setScope] = useState<NoticeScope>(everything);
  const [language, setLanguage] = useState<Locale>('nb');
  const [secret, setSecret] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const target = (s: NoticeSubscriptionView) => s.email ?? s.webhookUrl ?? '–';
  const covers = (s: NoticeSubscriptionView) =>
    [
      s.components.length ? componentNames(s.components, components, locale) : null,
      s.environments.map((e) => t(`notices.environment.${e}`)).join(', ') || null,
      s.audiences.map((a) => t(`notices.audience.${a}`)).join(', ') || null,
    ]
      .filter(Boolean)
      .join('; ') || t('notices.subscriptions.all');

  const end = async (s: NoticeSubscriptionView) => {
    if (!window.confirm(t('notices.subscriptions.confirmEnd', { target: target(s) }))) return;
    await action.run(() => onEnd(s), t('notices.subscriptions.ended'));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setSecret(null);
    const addressField = channel === 'email' ? 'email' : 'webhookUrl';
    const created = await action.run(
      () =>
        onAdd({
          channel,
          [addressField]: address.trim(),
          ...scope,
          language,
        }).catch((error: unknown) => {
          if (error instanceof ApiError) setErrors(fieldErrorsOf(error.problems));
          throw error;
        }),
      t('notices.subscriptions.added'),
    );
    if (!created) return;
    setAddress('');
    setSecret(created.webhookSecret ?? null);
  };

  const addressError = errors[channel === 'email' ? 'email' : 'webhookUrl'];
  const columns: Column<NoticeSubscriptionView>[] = [
    { header: t('notices.subscriptions.target'), cell: target },
    { header: t('notices.subscriptions.channel'), cell: (s) => t(`notices.subscriptions.channels.${s.channel}`) },
    { header: t('notices.subscriptions.filter'), cell: covers },
    { header: t('notices.subscriptions.language'), cell: (s) => localeNames[s.language] },
    {
      header: t('notices.subscriptions.confirmed'),
      cell: (s) => (s.confirmed ? t('notices.subscriptions.yes') : t('notices.subscriptions.no')),
    },
    {
      header: t('notices.subscriptions.createdBy'),
      cell: (s) => `${s.createdBy ?? t('notices.subscriptions.self')}, ${formatDateTime(s.createdAt)}`,
    },
    {
      header: <span className="visually-hidden">{t('notices.subscriptions.end')}</span>,
      cell: (s) => (
        <button type="button" className="secondary" disabled={action.busy} onClick={() => void end(s)}>
          {t('notices.subscriptions.end')}
          <span className="visually-hidden"> {target(s)}</span>
        </button>
      ),
    },
  ];

  return (
    <Section id="subscriptions" title={t('notices.subscriptions.title')}>
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      {secret && (
        <div className="secret" role="status">
          <p>{t('notices.subscriptions.secretOnce')}</p>
          <p>
            {t('notices.subscriptions.secret')}: <code data-testid="webhook-secret">{secret}</code>
          </p>
        </div>
      )}
      <TableListing
        items={subscriptions?.filter((s) => !s.endedAt)}
        empty={t('notices.subscriptions.none')}
        columns={columns}
        rowKey={(s) => s.id}
      />
      <form onSubmit={(e) => void submit(e)} aria-labelledby="subscription-form-heading">
        <h3 id="subscription-form-heading">{t('notices.subscriptions.add')}</h3>
        <div className="inline-pair">
          <SelectField
            id="subscription-channel"
            label={t('notices.subscriptions.channel')}
            value={channel}
            choices={choicesOf(SubscriptionChannels, (c) => t(`notices.subscriptions.channels.${c}`))}
            onChange={setChannel}
          />
          <SelectField
            id="subscription-language"
            label={t('notices.subscriptions.language')}
            value={language}
            choices={choicesOf(Locales, (l) => localeNames[l])}
            onChange={setLanguage}
          />
        </div>
        <InputField
          id="subscription-address"
          label={channel === 'email' ? t('notices.subscriptions.email') : t('notices.subscriptions.webhookUrl')}
          type={channel === 'email' ? 'email' : 'url'}
          required
          value={address}
          onChange={setAddress}
          error={addressError}
        />
        <ScopeFields
          id="subscription"
          hint={t('notices.subscriptions.emptyMeansAll')}
          components={components}
          value={scope}
          onChange={setScope}
          errors={errors}
        />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('notices.subscriptions.submit')}
        </button>
      </form>
    </Section>
  );
}
