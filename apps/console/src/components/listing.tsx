import { ReactNode } from 'react';
import { DataTable, DataTableProps, TableScroll } from './data-table';

/** A list a page shows: nothing while it loads (`items` undefined), the `empty` text when there is none, else the list. */
export function Listing<T>({
  items,
  empty,
  children,
}: {
  items: readonly T[] | null | undefined;
  empty: string;
  children: (items: readonly T[]) => ReactNode;
}) {
  if (!items) return null;
  if (items.length === 0) return <p>{empty}</p>;
  return <>{children(items)}</>;
}

/** A `Listing` as a bulleted list: one list item per item, `children` its content. */
export function ItemList<T>({
  items,
  empty,
  itemKey,
  className,
  children,
}: {
  items: readonly T[] | null | undefined;
  empty: string;
  itemKey: (item: T, index: number) => string | number;
  className?: string;
  children: (item: T, index: number) => ReactNode;
}) {
  return (
    <Listing items={items} empty={empty}>
      {(all) => (
        <ul className={className}>
          {all.map((item, n) => (
            <li key={itemKey(item, n)}>{children(item, n)}</li>
          ))}
        </ul>
      )}
    </Listing>
  );
}

/** A `Listing` as a `DataTable` (one row per item) that scrolls sideways where the screen is narrow. */
export function TableListing<T>({
  items,
  empty,
  ...table
}: { items: readonly T[] | null | undefined; empty: string } & Omit<DataTableProps<T>, 'rows'>) {
  return (
    <Listing items={items} empty={empty}>
      {(rows) => (
        <TableScroll label={table.caption}>
          <DataTable rows={rows} {...table} />
        </TableScroll>
      )}
    </Listing>
  );
}
