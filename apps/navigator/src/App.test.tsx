import { blankPitStop, emptyJourney, exportJourney } from '@wayfinder/core/navigator';
import type { StorageAdapter } from '@wayfinder/core/storage';
import { createMemoryStorage, StorageError } from '@wayfinder/core/storage';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { defaultSettings, importSettings, readSettings, settingsSchema } from './settings';

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
    await waitFor(async () => expect(await storage.get('journey')).toMatchObject({ format: 'wayfinder.journey', schemaVersion: 3, travelLog: [] }));
  });
});

describe('what is stored but cannot be read', () => {
  const notJson = (inner: StorageAdapter, key: string, text: string): StorageAdapter => ({
    ...inner,
    get: async (asked) => (asked === key ? Promise.reject(new StorageError('get', key, new SyntaxError('Unexpected token'), text)) : inner.get(asked)),
  });

  it('keeps settings with a broken template as stored, shows the app with the standard ones, and writes only after the user starts over', async () => {
    const broken = { ...defaultSettings, messages: { 'app.nav.home': '{broken' } };
    const storage = createMemoryStorage({ settings: broken });
    const user = userEvent.setup();
    render(<App storage={storage} />);
    expect(await screen.findByText(/Your saved settings could not be read/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('radio', { name: 'Dark' })).toBeDisabled();
    expect(await storage.get('settings')).toEqual(broken);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Replace the saved copy' }));
    await waitFor(async () => expect(await storage.get('settings')).toEqual(defaultSettings));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeEnabled();
  });

  it('offers a stored journey that is not JSON for download as it is, and never overwrites it', async () => {
    const inner = createMemoryStorage();
    const storage = notJson(inner, 'journey', '{"format": "wayfinder.journey", "trip');
    const set = vi.spyOn(storage, 'set');
    window.location.hash = '#/journey/factors';
    render(<App storage={storage} />);
    expect(await screen.findByText(/Your saved journey could not be read/)).toBeInTheDocument();
    expect(screen.getByText(/What is stored under "journey" is not JSON/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the saved copy' })).toBeInTheDocument();
    expect(set.mock.calls.filter(([key]) => key === 'journey')).toEqual([]);
  });

  it('reads again after a failed read, without a download it cannot offer', async () => {
    const inner = createMemoryStorage({ journey: JSON.parse(exportJourney({ ...emptyJourney('Ours'), id: 'j1' })) });
    let failures = 1;
    const storage: StorageAdapter = { ...inner, get: async (key) => (key === 'journey' && failures-- > 0 ? Promise.reject(new StorageError('get', key, new Error('The database connection is closing.'))) : inner.get(key)) };
    const user = userEvent.setup();
    window.location.hash = '#/journey/file';
    render(<App storage={storage} />);
    expect(await screen.findByText(/Your saved journey could not be read/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download the saved copy' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'Journey name' })).toHaveValue('Ours');
  });

  it('shows a journey with a day that is not on the calendar as unreadable, not as a blank page', async () => {
    const journey = JSON.parse(exportJourney({ ...emptyJourney('Ours'), id: 'j1' }));
    journey.pitStops = [{ ...blankPitStop('2026-01-05'), id: 'p1', date: '2024-02-30' }];
    const storage = createMemoryStorage({ journey });
    window.location.hash = '#/journey/pit-stops';
    render(<App storage={storage} />);
    expect(await screen.findByText(/Your saved journey could not be read/)).toBeInTheDocument();
    expect(screen.getByText('must be a real date as YYYY-MM-DD')).toBeInTheDocument();
    expect(await storage.get('journey')).toEqual(journey);
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
  it('refuses a damaged copy whole, naming each problem, instead of patching it field by field', () => {
    const result = readSettings({ version: 1, theme: 'dark', locale: 'fr', productName: 42, accent: { light: '#123456', dark: '#abcdef' } });
    expect(!result.ok && result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['locale', 'productName']);
    expect(readSettings(defaultSettings)).toEqual({ ok: true, value: defaultSettings });
  });

  it('checks the host’s words as the provider will use them: known keys, templates that parse', () => {
    const result = readSettings({ ...defaultSettings, messages: JSON.parse('{"app.nav.home": "{broken", "app.nav.hom": "Start", "__proto__": "x"}') });
    expect(!result.ok && result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^messages\.app\.nav\.home: /),
      'messages.app.nav.hom: is not a known message key',
      'messages.__proto__: is not a known message key',
    ]);
  });

  it('refuses a settings file whose accent is too faint to read as text, with its ratio, but keeps stored settings that have one', () => {
    const faint = { ...defaultSettings, accent: { light: '#ffd700', dark: '#7fb4f0' } };
    const result = importSettings(JSON.stringify(faint));
    expect(!result.ok && result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([expect.stringMatching(/^accent\.light: has 1\.\d\d:1 against the light page; /)]);
    expect(importSettings(JSON.stringify({ ...defaultSettings, accent: { light: '#0b6e4f', dark: '#7fd1ae' } })).ok).toBe(true);
    expect(readSettings(faint)).toEqual({ ok: true, value: faint });
  });

  it('refuses fields it does not know rather than dropping them', () => {
    const result = importSettings(JSON.stringify({ ...defaultSettings, colour: 'teal' }));
    expect(!result.ok && result.error.issues).toEqual([{ path: [], message: 'unknown field colour', key: 'settings.issue.unknownFields', values: { count: 1, fields: 'colour' } }]);
    expect(!importSettings('{ not json').ok).toBe(true);
  });
});
