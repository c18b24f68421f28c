import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LongList } from './index';

const items = Array.from({ length: 1000 }, (_, index) => ({ id: `cycle-${index + 1}`, title: `Cycle ${index + 1}` }));

describe('LongList', () => {
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
  });

  it('shows no button when everything fits, and the last page’s count when fewer are left', async () => {
    const { rerender } = render(
      <LongList items={items.slice(0, 5)} itemKey={(item) => item.id}>
        {(item) => item.title}
      </LongList>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(
      <LongList items={items.slice(0, 25)} itemKey={(item) => item.id} pageSize={20}>
        {(item) => item.title}
      </LongList>,
    );
    expect(screen.getByRole('button', { name: 'Show 5 more (5 not shown)' })).toBeInTheDocument();
  });
});
