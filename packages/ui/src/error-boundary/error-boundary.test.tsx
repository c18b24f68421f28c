import type { TripTicketDraft } from '@wayfinder/core/navigator';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeEs } from '../locale-es';
import { WayfinderProvider } from '../provider';
import { TripTicketView } from '../trip-ticket';
import { ErrorBoundary, withErrorBoundary } from './index';

function Fragile({ text }: { text: string | null }) {
  return <p>{text!.toUpperCase()}</p>;
}

// React logs each caught render error; the tests expect them.
afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows what failed in place of the part that failed, while the rest of the page goes on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    render(
      <>
        <ErrorBoundary onError={onError} label="The summary">
          <Fragile text={null} />
        </ErrorBoundary>
        <p>The rest of the page</p>
      </>,
    );
    expect(screen.getByRole('alert', { name: /The summary could not be shown/ })).toBeInTheDocument();
    expect(screen.getByText(/What went wrong: Cannot read properties of null/)).toBeInTheDocument();
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('tries a widget again when its props change, and on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Guarded = withErrorBoundary(Fragile);
    const { rerender } = render(<Guarded text={null} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    rerender(<Guarded text="fixed" />);
    expect(screen.getByText('FIXED')).toBeInTheDocument();
    rerender(<Guarded text={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps a widget given data it cannot show from blanking the host’s page, in the host’s language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <WayfinderProvider locale="es" messages={localeEs}>
        <TripTicketView ticket={{} as TripTicketDraft} />
        <p>Página del anfitrión</p>
      </WayfinderProvider>,
    );
    expect(screen.getByText('Esta parte de la página no se pudo mostrar')).toBeInTheDocument();
    expect(screen.getByText('Página del anfitrión')).toBeInTheDocument();
  });
});
