import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileButton } from './index';

describe('FileButton', () => {
  it('is a file input named by its label, and hands over the chosen file’s text and name', async () => {
    const onText = vi.fn();
    render(<FileButton label="Open CSV" accept=".csv" onText={onText} />);
    const input = screen.getByLabelText('Open CSV');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.csv');
    await userEvent.upload(input, new File(['case,A\nx,1'], 'cases.csv', { type: 'text/csv' }));
    await waitFor(() => expect(onText).toHaveBeenCalledWith('case,A\nx,1', 'cases.csv'));
  });

  it('reads the same file again when it is chosen again', async () => {
    const onText = vi.fn();
    render(<FileButton label="Open" onText={onText} />);
    const file = new File(['{}'], 'study.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Open'), file);
    await userEvent.upload(screen.getByLabelText('Open'), file);
    await waitFor(() => expect(onText).toHaveBeenCalledTimes(2));
  });

  it('reports a file that cannot be read instead of failing silently', async () => {
    const onText = vi.fn();
    const onError = vi.fn();
    render(<FileButton label="Open" onText={onText} onError={onError} />);
    const broken = new File([''], 'gone.csv');
    const failure = new Error('NotReadableError');
    vi.spyOn(broken, 'text').mockRejectedValue(failure);
    await userEvent.upload(screen.getByLabelText('Open'), broken);
    await waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
    expect(onText).not.toHaveBeenCalled();
  });

  it('stays out of reach when disabled', async () => {
    const onText = vi.fn();
    render(<FileButton label="Open" disabled onText={onText} />);
    expect(screen.getByLabelText('Open')).toBeDisabled();
  });
});
