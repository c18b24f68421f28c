import { blankTripTicket } from '@wayfinder/core/navigator';
import { createMemoryStorage } from '@wayfinder/core/storage';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WayfinderProvider } from '../provider';
import { TripTicketForm } from './index';

function renderForm(storage = createMemoryStorage(), onSave = vi.fn()) {
  const view = render(
    <WayfinderProvider storage={storage}>
      <TripTicketForm draftKey="j1/trip-ticket" onSave={onSave} />
    </WayfinderProvider>,
  );
  return { ...view, storage, onSave };
}

describe('TripTicketForm drafts', () => {
  it('keeps a stored draft it cannot read as it was, offers it for download, and keeps no new draft until it is discarded', async () => {
    const user = userEvent.setup();
    const { storage } = renderForm(createMemoryStorage({ 'j1/trip-ticket': {} }));
    expect(await screen.findByText('A draft from an earlier visit could not be read; it is kept as it was')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the draft' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Where are we headed/ }));
    await user.type(screen.getAllByRole('textbox')[0]!, 'Every student');
    expect(await storage.get('j1/trip-ticket')).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    // What was typed while the notice showed stays, and is now the draft.
    expect(screen.getAllByRole('textbox')[0]).toHaveValue('Every student');
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toMatchObject({ headed: { equity: 'Every student' } }));
    await user.type(screen.getAllByRole('textbox')[0]!, ', always');
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toMatchObject({ headed: { equity: 'Every student, always' } }));
  });

  it('brings back a draft whose day is still empty: days are checked when the version is saved', async () => {
    const draft = { ...blankTripTicket('2026-01-05'), date: '', peoplePresent: [{ name: '', role: 'coach' }] };
    renderForm(createMemoryStorage({ 'j1/trip-ticket': draft }));
    expect(await screen.findByText('Your unsaved answers from last time are back.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('coach');
  });

  it('leaves no draft behind once the version is saved, so the next visit starts clean', async () => {
    const user = userEvent.setup();
    const { storage, onSave, unmount } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Priya Shah');
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toBeDefined());
    await user.click(screen.getByRole('button', { name: 'Save this version' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    await waitFor(async () => expect(await storage.get('j1/trip-ticket')).toBeUndefined());
    unmount();
    renderForm(storage);
    await screen.findByRole('button', { name: 'Save this version' });
    expect(await storage.get('j1/trip-ticket')).toBeUndefined();
    expect(screen.queryByText('Your unsaved answers from last time are back.')).not.toBeInTheDocument();
  });

  it('saves one version for a double click', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana');
    await user.dblClick(screen.getByRole('button', { name: 'Save this version' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
