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
