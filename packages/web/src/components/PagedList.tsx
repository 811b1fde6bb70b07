import type { Page } from '@sigap/contracts';
import type { ReactNode } from 'react';
import type { QueryState } from '../lib/use-api-query';
import { Pagination } from './Pagination';
import { EmptyState, ErrorAlert, Loading } from './Status';
import { TableWrap } from './TableWrap';

interface PagedListProps<T> {
  /** A paged register query (lib/use-api-query.ts); `data: undefined` with `loading: false` shows nothing. */
  result: QueryState<Page<T>>;
  /** What an empty page says; leave out when an empty list is not worth a sentence. */
  empty?: ReactNode;
  onPage: (page: number) => void;
  /** The table for the rows on screen. */
  children: (items: T[]) => ReactNode;
  /** Class of the box around the table (`table-wrap` scrolls wide tables). */
  wrapClassName?: string;
  /** Show the spinner only before the first page arrives, not while paging (for small embedded lists). */
  quietRefresh?: boolean;
  /** Leave the pager out when everything fits on one page. */
  hideSinglePagePager?: boolean;
  /** Names the scrolling box for keyboard users when a wide table scrolls (with `wrapClassName`). */
  label?: string;
}

/**
 * The register block every list page had copied: loading, the API's error (in the user's language, with a
 * retry), the empty sentence, the table and the pager. The previous page stays on screen, dimmed and
 * marked busy, while the next one loads instead of the table collapsing.
 */
export function PagedList<T>({
  result,
  empty,
  onPage,
  children,
  wrapClassName,
  quietRefresh = false,
  hideSinglePagePager = false,
  label,
}: PagedListProps<T>) {
  const shown = result.data ?? (result.loading ? result.latest : undefined);
  const wrap = [wrapClassName, result.loading ? 'is-refreshing' : undefined].filter(Boolean).join(' ');
  const pager = shown && !(hideSinglePagePager && shown.total <= shown.pageSize);
  return (
    <>
      {result.loading && !(quietRefresh && shown) ? <Loading /> : null}
      {result.error ? <ErrorAlert error={result.error} onRetry={result.reload} /> : null}
      {shown && shown.items.length === 0 && empty ? <EmptyState>{empty}</EmptyState> : null}
      {shown && shown.items.length > 0 ? (
        <>
          {wrapClassName ? (
            <TableWrap label={label ?? ''} className={wrap} busy={result.loading}>
              {children(shown.items)}
            </TableWrap>
          ) : (
            <div className={wrap || undefined} aria-busy={result.loading || undefined}>
              {children(shown.items)}
            </div>
          )}
          {pager ? (
            <Pagination page={shown.page} pageSize={shown.pageSize} total={shown.total} onPage={onPage} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
