import type { HelpPageView, NewHelpPage } from '@inquiry-router/contracts/views';
import { mayEdit } from '../../api/access';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { failureOf } from '../../api/use-resource';
import { Column, DataTable, TableScroll } from '../../components/data-table';
import { Listing } from '../../components/listing';
import { Notice, Page, Section } from '../../components/page';
import { useTopicLabel } from '../../components/target-label';
import { useI18n } from '../../i18n/i18n';
import { HelpPageForm } from './help-page-form';
import { useHelpPages } from './use-help-pages';

/** The catalogue of help pages: everyone who helps people reads it; editors add and remove pages. */
export function HelpPagesPage() {
  const { t, formatDateTime } = useI18n();
  const topicLabel = useTopicLabel();
  const { session } = useSession();
  const editor = mayEdit(session);
  const { pages, error, reload, add, remove } = useHelpPages();
  const action = useAction();

  const onAdd = async (fields: NewHelpPage) => {
    const added = await action.run(() => add(fields), t('helpPages.added', { title: fields.title }));
    if (added) await reload();
    return added !== undefined;
  };
  const onRemove = async (page: HelpPageView) => {
    const done = await action.run(() => remove(page.id).then(() => true), t('helpPages.removed', { title: page.title }));
    if (done) await reload();
  };

  const columns: Column<HelpPageView>[] = [
    {
      header: t('helpPages.pageTitle'),
      cell: (p) => (
        <a href={p.url} rel="noreferrer noopener" target="_blank">
          {p.title}
        </a>
      ),
    },
    { header: t('helpPages.language'), cell: (p) => t(`languages.${p.language}`) },
    { header: t('helpPages.keywords'), cell: (p) => p.keywords.join(', ') || '–' },
    { header: t('helpPages.topics'), cell: (p) => p.topics.map(topicLabel).join(', ') || t('helpPages.anyTopic') },
    { header: t('helpPages.updated'), cell: (p) => <time dateTime={p.updatedAt}>{formatDateTime(p.updatedAt)}</time> },
    ...(editor
      ? [
          {
            header: t('helpPages.actions'),
            cell: (p: HelpPageView) => (
              <button
                type="button"
                className="secondary"
                disabled={action.busy}
                aria-label={t('helpPages.removeNamed', { title: p.title })}
                onClick={() => void onRemove(p)}
              >
                {t('helpPages.remove')}
              </button>
            ),
          },
        ]
      : []),
  ];
  const failed = failureOf(error);

  return (
    <Page title={t('helpPages.title')}>
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <Section id="help-pages-list" title={t('helpPages.catalogue')}>
        <Listing items={pages} empty={t('helpPages.none')}>
          {(rows) => (
            <TableScroll label={t('helpPages.catalogue')}>
              <DataTable columns={columns} rows={rows} rowKey={(p) => p.id} caption={t('helpPages.count', { count: rows.length })} />
            </TableScroll>
          )}
        </Listing>
      </Section>
      {editor && (
        <Section id="help-pages-add" title={t('helpPages.addTitle')}>
          <HelpPageForm busy={action.busy} onAdd={onAdd} />
        </Section>
      )}
    </Page>
  );
}
