import { createMemoryStorage } from '@wayfinder/core/storage';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';

// A page that fails whatever it is given: the journey page, replaced.
vi.mock('./pages/JourneyPage', () => ({
  JourneyPage: () => {
    throw new Error('The comparison could not format a day');
  },
}));

beforeEach(() => {
  window.location.hash = '#/journey/trip-ticket';
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('a page that fails', () => {
  it('says so in place of the page, offers its document as stored and a way back, and the app goes on', async () => {
    const journey = { format: 'wayfinder.journey', kept: 'as it was' };
    const storage = createMemoryStorage({ journey });
    const user = userEvent.setup();
    render(<App storage={storage} />);
    expect(await screen.findByRole('alert', { name: /This page could not be shown/ })).toBeInTheDocument();
    expect(screen.getByText('Why: The comparison could not format a day')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the saved journey' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the home page' }));
    expect(await screen.findByRole('heading', { level: 1, name: /scaling for equity/i })).toBeInTheDocument();
    expect(await storage.get('journey')).toEqual(journey);
  });
});
