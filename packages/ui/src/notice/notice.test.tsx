import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WayfinderProvider } from '../provider';
import { localeEs } from '../locale-es';
import { Notice } from './index';

describe('Notice', () => {
  it('labels itself with its tone and title, and lists located issues', () => {
    render(<Notice tone="error" title="Import failed" issues={[{ path: ['cases', 2, 'values', 'DEV'], message: 'not a number' }]} />);
    const group = screen.getByRole('group', { name: /^Error:\s*Import failed\s*·\s*1 problem$/ });
    expect(group).toHaveAttribute('data-tone', 'error');
    expect(screen.getByRole('listitem')).toHaveTextContent('cases[2].values.DEV not a number');
  });

  it('announces when live: errors as alerts, the rest as status', () => {
    const { rerender } = render(<Notice tone="error" live title="x" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<Notice tone="warning" live title="x" />);
    expect(screen.getByRole('status')).toBeInTheDocument();
  });

  it('speaks the host language', async () => {
    const onDismiss = vi.fn();
    render(
      <WayfinderProvider locale="es" messages={localeEs}>
        <Notice tone="warning" title="Casos en 0,5" issues={[{ path: [], message: 'a' }, { path: [], message: 'b' }]} onDismiss={onDismiss} />
      </WayfinderProvider>,
    );
    expect(screen.getByRole('group', { name: /^Advertencia:\s*Casos en 0,5\s*·\s*2 problemas$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cerrar' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
