import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { localeEs } from '../locale-es';
import { WayfinderProvider } from '../provider';
import { fakeAwareness } from './fake-awareness';
import { Presence } from './index';

const places: Record<string, string> = { 'trip-ticket': 'Trip ticket', 'pit-stops': 'Pit stops' };
const describePlace = (place: string) => places[place];
const announced = () => document.querySelector('[data-wf-announcer="polite"]')?.textContent?.replace('\u200b', '');

describe('Presence', () => {
  it('shows nothing while nobody else is here, then each other person with their place', () => {
    const awareness = fakeAwareness();
    render(
      <WayfinderProvider>
        <Presence awareness={awareness} user={{ name: 'Ana', colour: '#1f77b4' }} place="trip-ticket" describePlace={describePlace} />
      </WayfinderProvider>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    act(() => awareness.set(2, { user: { name: 'Ben', colour: '#d62728' }, place: 'pit-stops' }));
    const list = screen.getByRole('region', { name: 'Also here' });
    expect(list).toHaveTextContent('Ben in Pit stops');
    expect(awareness.getStates().get(1)).toEqual({ user: { name: 'Ana', colour: '#1f77b4' }, place: 'trip-ticket' });
  });

  it('announces who joins and who leaves politely, but not who was found here on arrival, nor a reconnection', () => {
    vi.useFakeTimers();
    try {
      const awareness = fakeAwareness();
      awareness.set(2, { user: { name: 'Ben', colour: '#d62728' } });
      render(
        <WayfinderProvider>
          <Presence awareness={awareness} user={{ name: 'Ana', colour: '#1f77b4' }} />
        </WayfinderProvider>,
      );
      // Connecting: the others arrive in the first moments, and are listed, not announced.
      act(() => awareness.set(4, { user: { name: 'Dee', colour: '#9467bd' } }));
      expect(announced()).toBe('');
      act(() => vi.advanceTimersByTime(3000));
      act(() => awareness.set(3, { user: { name: 'Cai', colour: '#2ca02c' } }));
      expect(announced()).toBe('Cai joined.');
      // Ben drops out and is back at once: nothing to say.
      act(() => awareness.remove(2));
      act(() => awareness.set(2, { user: { name: 'Ben', colour: '#d62728' } }));
      act(() => vi.advanceTimersByTime(5000));
      expect(announced()).toBe('Cai joined.');
      act(() => awareness.remove(2));
      expect(announced()).toBe('Cai joined.');
      act(() => vi.advanceTimersByTime(3000));
      expect(announced()).toBe('Ben left.');
      expect(screen.getByRole('region', { name: 'Also here' })).toHaveTextContent('Cai');
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders a name as text, leaves out a place the host has no words for, and speaks Spanish', () => {
    const awareness = fakeAwareness();
    awareness.set(2, { user: { name: '<b>Ben</b>', colour: '#d62728' }, place: 'somewhere-else' });
    awareness.set(3, { user: { name: 'Cai', colour: '#2ca02c' }, place: 'trip-ticket' });
    render(
      <WayfinderProvider messages={localeEs}>
        <Presence awareness={awareness} user={{ name: 'Ana', colour: '#1f77b4' }} describePlace={(place) => (place === 'trip-ticket' ? 'Boleto de viaje' : undefined)} />
      </WayfinderProvider>,
    );
    const list = screen.getByRole('region', { name: 'También aquí' });
    expect(list).toHaveTextContent('<b>Ben</b>');
    expect(list.querySelector('b')).toBeNull();
    expect(list).toHaveTextContent('Cai en Boleto de viaje');
    expect(list).not.toHaveTextContent('somewhere-else');
  });
});
