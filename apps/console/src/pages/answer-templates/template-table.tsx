import type { AnswerTemplateView } from '@inquiry-router/contracts/views';
import { Column, DataTable } from '../../components/data-table';
import { useI18n } from '../../i18n/i18n';

/** The saved answers, one row each: what it is, when it was last changed, and (in force) buttons to edit or retire it. */
export function TemplateTable({
  templates,
  onEdit,
  onRetire,
}: {
  templates: readonly AnswerTemplateView[];
  onEdit: (template: AnswerTemplateView) => void;
  onRetire: (template: AnswerTemplateView) => void;
}) {
  const { t, label, formatDateTime } = useI18n();
  const columns: Column<AnswerTemplateView>[] = [
    { header: t('answerTemplates.columns.title'), cell: (row) => row.title },
    { header: t('answerTemplates.columns.language'), cell: (row) => t(`languages.${row.language}`) },
    { header: t('answerTemplates.columns.category'), cell: (row) => label('category', row.category) },
    {
      header: t('answerTemplates.columns.helpPage'),
      cell: (row) =>
        row.helpPageUrl ? (
          <a href={row.helpPageUrl} target="_blank" rel="noreferrer">
            {row.helpPageUrl}
          </a>
        ) : (
          '–'
        ),
    },
    {
      header: t('answerTemplates.columns.updated'),
      cell: (row) => t('answerTemplates.updatedBy', { time: formatDateTime(row.updatedAt), user: row.updatedBy }),
    },
    {
      header: t('answerTemplates.columns.status'),
      cell: (row) =>
        row.retiredAt ? t('answerTemplates.retiredAt', { time: formatDateTime(row.retiredAt) }) : t('answerTemplates.inForce'),
      testId: (row) => `template-status-${row.id}`,
    },
    {
      header: t('answerTemplates.columns.actions'),
      cell: (row) =>
        row.retiredAt ? null : (
          <div className="action-buttons">
            <button type="button" aria-label={t('answerTemplates.editLabel', { title: row.title })} onClick={() => onEdit(row)}>
              {t('answerTemplates.edit')}
            </button>
            <button type="button" aria-label={t('answerTemplates.retireLabel', { title: row.title })} onClick={() => onRetire(row)}>
              {t('answerTemplates.retire')}
            </button>
          </div>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('answerTemplates.count', { count: templates.length })}
      columns={columns}
      rows={templates}
      rowKey={(row) => row.id}
      rowTestId={(row) => `template-${row.id}`}
    />
  );
}
