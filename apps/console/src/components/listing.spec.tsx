import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemList, Listing, TableListing } from './listing';

afterEach(cleanup);

const list = (items: readonly string[]) => (
  <ul>
    {items.map((i) => (
      <li key={i}>{i}</li>
    ))}
  </ul>
);

describe('Listing', () => {
  it('shows nothing while the items load', () => {
    const { container } = render(
      <Listing items={undefined} empty="Ingen">
        {list}
      </Listing>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('shows the empty text when there are none', () => {
    render(
      <Listing items={[]} empty="Ingen vedlegg.">
        {list}
      </Listing>,
    );
    expect(screen.getByText('Ingen vedlegg.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows the list when there are some', () => {
    render(
      <Listing items={['a', 'b']} empty="Ingen">
        {list}
      </Listing>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['a', 'b']);
    expect(screen.queryByText('Ingen')).toBeNull();
  });
});

describe('ItemList', () => {
  it('shows the empty text when there are none', () => {
    render(
      <ItemList items={[]} empty="Ingen" itemKey={(i: string) => i}>
        {(i) => i}
      </ItemList>,
    );
    expect(screen.getByText('Ingen')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows one list item per item', () => {
    render(
      <ItemList items={['a', 'b']} empty="Ingen" itemKey={(i) => i} className="drafts">
        {(i, n) => `${n + 1}. ${i}`}
      </ItemList>,
    );
    expect(screen.getByRole('list').className).toBe('drafts');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1. a', '2. b']);
  });
});

describe('TableListing', () => {
  const columns = [{ header: 'Navn', cell: (i: string) => i }];

  it('shows the empty text when there are none', () => {
    render(<TableListing items={[]} empty="Ingen" columns={columns} rowKey={(i) => i} />);
    expect(screen.getByText('Ingen')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a row per item in a table that scrolls sideways', () => {
    render(<TableListing items={['a', 'b']} empty="Ingen" columns={columns} rowKey={(_, index) => String(index)} />);
    expect(screen.getByRole('table').parentElement?.className).toBe('table-scroll');
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['a', 'b']);
  });
});
