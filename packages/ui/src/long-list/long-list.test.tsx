import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LongList, usePrinting } from './index';

const items = Array.from({ length: 1000 }, (_, index) => ({ id: `cycle-${index + 1}`, title: `Cycle ${index + 1}` }));

describe('LongList', () => {
  it('keeps what is shown in view when an item is added, and shows the new one at the top', () => {
    const { rerender } = render(
      <LongList items={items.slice(0, 30)} itemKey={(item) => item.id}>
        {(item) => item.title}
      </LongList>,
    );
    rerender(
      <LongList items={[{ id: 'new', title: 'New cycle' }, ...items.slice(0, 30)]} itemKey={(item) => item.id}>
        {(item) => item.title}
      </LongList>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(21);
    expect(screen.getByText('New cycle')).toBeInTheDocument();
    expect(screen.getByText('Cycle 20')).toBeInTheDocument();
  });

  it('renders a page of a thousand items, and more on request, saying how many are left', async () => {
    render(
      <LongList items={items} itemKey={(item) => item.id}>
        {(item) => <span>{item.title}</span>}
      </LongList>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more (980 not shown)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
    expect(screen.getByText('Cycle 40')).toBeInTheDocument();
    // Focus goes to the first item the button brought, not back to the top of the page.
    expect(screen.getByText('Cycle 21').closest('li')).toHaveFocus();
  });

  it('draws every item for printing, and goes back to its page after', () => {
    render(
      <LongList items={items} itemKey={(item) => item.id}>
        {(item) => item.title}
      </LongList>,
    );
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getAllByRole('listitem')).toHaveLength(1000);
    expect(screen.queryByRole('button')).toBeNull();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
  });

  it('tells an item first drawn for printing that the page is printing', () => {
    // A model of a solution view shows its terms in full on paper: it must know, though it did not exist when printing began.
    function Item({ title }: { title: string }) {
      return <span>{`${title}: ${usePrinting() ? 'printing' : 'on screen'}`}</span>;
    }
    render(
      <LongList items={items.slice(0, 3)} itemKey={(item) => item.id} pageSize={1}>
        {(item) => <Item title={item.title} />}
      </LongList>,
    );
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Cycle 1: printing', 'Cycle 2: printing', 'Cycle 3: printing']);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Cycle 1: on screen']);
  });

  it('shows no button when everything fits, and the last page’s count when fewer are left', () => {
    render(
      <>
        <LongList items={items.slice(0, 5)} itemKey={(item) => item.id}>
          {(item) => item.title}
        </LongList>
        <LongList items={items.slice(0, 25)} itemKey={(item) => item.id} pageSize={20}>
          {(item) => item.title}
        </LongList>
      </>,
    );
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show 5 more (5 not shown)' })).toBeInTheDocument();
  });
});
