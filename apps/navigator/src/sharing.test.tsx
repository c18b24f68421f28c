import { createMemoryStorage } from '@wayfinder/core/storage';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { readSharing } from './sharing';

beforeEach(() => {
  window.location.hash = '#/settings';
});

describe('sharing with a team', () => {
  it('reads stored sharing whole, and names the fields it cannot read', () => {
    expect(readSharing(null)).toEqual({ ok: true, value: null });
    expect(readSharing({ name: 'Ana', server: 'wss://collab.example.org', document: 'team-a/journey', token: 't', on: true })).toMatchObject({ ok: true });
    expect(readSharing({ name: '', server: 'https://collab.example.org', document: 'x', token: '', on: true })).toMatchObject({ ok: false, error: { code: 'navigator/sharing', message: expect.stringContaining('name, server') } });
    expect(readSharing({ name: 'Ana', server: '', document: 'x', token: '', on: false, extra: 1 })).toMatchObject({ ok: false });
  });

  it('says what is wrong with the form, keeps nothing until it is right, then keeps the sharing apart from the settings', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    render(<App storage={storage} />);
    const form = await screen.findByRole('form', { name: 'Share with your team' });
    await user.type(screen.getByRole('textbox', { name: 'Server address (optional)' }), 'collab.example.org');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Write your name (at most 80 characters).')).toBeInTheDocument();
    expect(screen.getByText('Write an address starting with ws:// or wss://, or leave it empty.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus());
    expect(await storage.get('sharing')).toBeUndefined();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), '  Ana  ');
    await user.clear(screen.getByRole('textbox', { name: 'Server address (optional)' }));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Shared as Ana between this browser’s tabs.')).toBeInTheDocument();
    // The page stays as it was while the shared work opens: the focus stays on the button.
    expect(screen.getByRole('button', { name: 'Save sharing' })).toHaveFocus();
    await waitFor(async () => expect(await storage.get('sharing')).toEqual({ name: 'Ana', server: '', document: 'journey', token: '', on: true }));
    expect(await storage.get('settings')).toBeUndefined();
    expect(form).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop sharing' }));
    // Stopped, not forgotten: the form keeps what was filled in, to share again with one click.
    await waitFor(async () => expect(await storage.get('sharing')).toEqual({ name: 'Ana', server: '', document: 'journey', token: '', on: false }));
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('textbox', { name: 'Your name' })).toHaveValue('Ana');
  });
});
