import { ReactNode } from 'react';

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
