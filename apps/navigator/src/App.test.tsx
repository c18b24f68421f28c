import { createMemoryStorage } from '@wayfinder/core/storage';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { defaultSettings, readSettings } from './settings';

beforeEach(() => {
  window.location.hash = '';
});

describe('Navigator app', () => {
  it('opens on the home page with the framework credited', async () => {
    render(<App storage={createMemoryStorage()} />);
    expect(await screen.findByRole('heading', { level: 1, name: /scaling for equity/i })).toBeInTheDocument();
    expect(screen.getByText(/CC BY 4\.0/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches language, theme and product name, and saves them', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    const { container } = render(<App storage={storage} />);
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Nombre del producto' }), 'Harbor');
    expect(container.querySelector('.wf-root')).toHaveAttribute('data-wf-theme', 'dark');
    expect(container.querySelector('.wf-root')).toHaveAttribute('lang', 'es');
    await waitFor(async () => expect(await storage.get('settings')).toMatchObject({ version: 1, theme: 'dark', locale: 'es', productName: 'Harbor' }));
    expect(document.title).toBe('Harbor');
  });

  it('restores saved settings on the next visit', async () => {
    const storage = createMemoryStorage({ settings: { version: 1, theme: 'auto', locale: 'es', productName: '' } });
    render(<App storage={storage} />);
    expect(await screen.findByRole('link', { name: 'Inicio' })).toBeInTheDocument();
  });
});

describe('readSettings', () => {
  it('keeps the valid fields of a damaged copy and defaults the rest', () => {
    expect(readSettings({ theme: 'dark', locale: 'fr', productName: 42, accent: { light: '#123456', dark: '#abcdef' } })).toEqual({
      version: 1,
      theme: 'dark',
      locale: 'en',
      productName: '',
      logoUrl: '',
      accent: { light: '#123456', dark: '#abcdef' },
      messages: {},
    });
    expect(readSettings(null)).toEqual(defaultSettings);
  });
});
