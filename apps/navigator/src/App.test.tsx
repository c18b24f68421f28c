import { createMemoryStorage } from '@wayfinder/core/storage';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { defaultSettings, readSettings, settingsSchema } from './settings';

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

describe('stored documents', () => {
  it('reports a saved journey it cannot read and never overwrites it', async () => {
    const damaged = { format: 'wayfinder.journey', schemaVersion: 99, id: 'j1' };
    const storage = createMemoryStorage({ journey: damaged });
    window.location.hash = '#/journey/factors';
    render(<App storage={storage} />);
    // The journey page is its own chunk: its first load can take a while on a busy machine.
    expect(await screen.findByText(/Your saved journey could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the saved copy' })).toBeInTheDocument();
    expect(await storage.get('journey')).toEqual(damaged);
  });

  it('starts a new user with an empty journey, written at once so drafts keyed by it survive', async () => {
    const storage = createMemoryStorage();
    window.location.hash = '#/journey/travel-log';
    render(<App storage={storage} />);
    expect(await screen.findByRole('heading', { name: /Travel log/ })).toBeInTheDocument();
    await waitFor(async () => expect(await storage.get('journey')).toMatchObject({ format: 'wayfinder.journey', schemaVersion: 1, travelLog: [] }));
  });
});

describe('settingsSchema', () => {
  it('says what each field of a bad settings file wants, and where', () => {
    const parsed = settingsSchema.safeParse({ version: 2, theme: 'pink', locale: 'fr', productName: 'x'.repeat(81), logoUrl: 7, accent: { light: 'red', dark: '#000000' }, messages: { 'app.title': 3 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'version: version 1',
      'theme: light, dark or auto',
      'locale: en or es',
      'productName: at most 80 characters',
      'logoUrl: a text',
      'accent.light: a colour as #rrggbb',
      'messages.app.title: a text',
    ]);
    expect(settingsSchema.safeParse('dark').error!.issues[0]!.message).toBe('a settings object');
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
