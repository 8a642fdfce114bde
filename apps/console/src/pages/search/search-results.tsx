import { RefObject } from 'react';
import type { InquirySearchHitView, InquirySearchPageView } from '@inquiry-router/contracts/views';
import { Column, DataTable, TableScroll } from '../../components/data-table';
import { useTargetLabel } from '../../components/target-label';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/**
 * A page of hits, newest first: each leads to its inquiry (`pathOf`: an agency user's own view of
 * it), with what it was, from whom, where it went and where it stands; the total (past the count's
 * cap, "more than"), and the previous and next pages as links (`pageUrl`), so each page has an
 * address of its own.
 */
export function SearchResults({
  result,
  heading,
  pathOf,
  pageUrl,
}: {
  result: InquirySearchPageView;
  heading: RefObject<HTMLHeadingElement | null>;
  pathOf: (id: string) => string;
  pageUrl: (page: number) => string;
}) {
  const { t, label, formatDateTime, formatNumber } = useI18n();
  const targetLabel = useTargetLabel();
  const { items, total, totalCapped, page, pageSize } = result;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  // Past the count's cap the pages go on as long as they come back full.
  const hasNext = page < pages || (totalCapped && items.length === pageSize);
  const counted = totalCapped ? t('search.totalMore', { count: total }) : t('search.total', { count: total });
  const range = { first: formatNumber(first), last: formatNumber(first + items.length - 1), total: formatNumber(total) };
  const columns: Column<InquirySearchHitView>[] = [
    { header: t('search.inquiry'), cell: (h) => <Link to={pathOf(h.id)}>{h.id}</Link> },
    { header: t('search.received'), cell: (h) => <time dateTime={h.receivedAt}>{formatDateTime(h.receivedAt)}</time> },
    { header: t('search.channel'), cell: (h) => label('channel', h.channel) },
    { header: t('search.sender'), cell: (h) => h.sender ?? t('search.erased') },
    { header: t('search.summary'), cell: (h) => h.summary ?? t('search.erased') },
    { header: t('search.status'), cell: (h) => label('status', h.status) },
    { header: t('search.wentTo'), cell: (h) => targetLabel(h.target, h.category) },
  ];

  return (
    <section aria-labelledby="search-results-heading" className="panel">
      <h2 id="search-results-heading" ref={heading} tabIndex={-1}>
        {t('search.results')}
      </h2>
      <p role="status" data-testid="search-total">
        {total === 0 || items.length === 0 ? counted : `${counted}. ${t(totalCapped ? 'search.rangeOfMore' : 'search.range', range)}`}
      </p>
      {items.length === 0 ? (
        <p>{t('search.none')}</p>
      ) : (
        <TableScroll label={t('search.results')}>
          <DataTable columns={columns} rows={items} rowKey={(h) => h.id} rowTestId={(h) => `search-hit-${h.id}`} />
        </TableScroll>
      )}
      {(pages > 1 || hasNext) && (
        <nav aria-label={t('search.pages')} className="pager">
          {page > 1 && (
            <Link to={pageUrl(page - 1)} rel="prev">
              {t('search.previous')}
            </Link>
          )}
          <span>{t(totalCapped ? 'search.pageOfMore' : 'search.page', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
          {hasNext && (
            <Link to={pageUrl(page + 1)} rel="next">
              {t('search.next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
