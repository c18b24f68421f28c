import { createMemoryStorage } from '@wayfinder/core/storage';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useTranslate } from '@wayfinder/react/messages';
import { useStoredState } from '@wayfinder/react/stored-state';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WayfinderProvider } from './index';

const defaults = { hello: 'Hello' } as const;

function Probe() {
  const t = useTranslate(defaults);
  const [saved] = useStoredState('k', 'unsaved');
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => announce(t('hello'))}>
      {t('hello')} {saved}
    </button>
  );
}

describe('WayfinderProvider', () => {
  it('sets theme, direction, language and brand variables on its root', () => {
    const { container } = render(
      <WayfinderProvider theme="dark" locale="he" brand={{ tokens: { '--wf-color-accent': '#123456' } }} messages={{ hello: 'שלום' }}>
        <Probe />
      </WayfinderProvider>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('wf-root');
    expect(root).toHaveAttribute('data-wf-theme', 'dark');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'he');
    expect(root.style.getPropertyValue('--wf-color-accent')).toBe('#123456');
    expect(screen.getByRole('button')).toHaveTextContent('שלום');
  });

  it('gives widgets the storage and the announcer', async () => {
    const storage = createMemoryStorage({ k: 'from storage' });
    render(
      <WayfinderProvider storage={storage}>
        <Probe />
      </WayfinderProvider>,
    );
    expect(await screen.findByText('Hello from storage')).toBeInTheDocument();
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('status').textContent).toContain('Hello');
  });

  it('takes white-label settings as one object, the host’s words over a catalogue and explicit props over the settings', () => {
    const settings = { theme: 'dark' as const, locale: 'es', productName: 'Harbor', accent: { light: '#0b6e4f', dark: '#6fd3a8' }, messages: { hello: 'Ahoy' } };
    const { container, rerender } = render(
      <WayfinderProvider settings={settings} messages={{ hello: 'Hola' }}>
        <Probe />
      </WayfinderProvider>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-wf-theme', 'dark');
    expect(root).toHaveAttribute('lang', 'es');
    expect(root.style.getPropertyValue('--wf-color-accent')).toBe('light-dark(#0b6e4f, #6fd3a8)');
    expect(screen.getByRole('button')).toHaveTextContent('Ahoy');
    rerender(
      <WayfinderProvider settings={settings} theme="light">
        <Probe />
      </WayfinderProvider>,
    );
    expect(root).toHaveAttribute('data-wf-theme', 'light');
  });
});
